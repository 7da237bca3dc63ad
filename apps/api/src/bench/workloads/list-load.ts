// Workload 6: the client list page under load — the first 100 rows of the broad filter with the page's count (exact
// up to 1 000 matches, an estimate above), as the SPA asks for it, from 50 concurrent connections for 60 s. Targets:
// ≥ 150 req/s, p95 ≤ 500 ms, no errors (any failed request fails the run).
import {
  BROAD_FILTER,
  BROAD_WHERE,
  CHEAP_COUNT_UP_TO,
  LIST_QUERY,
  cappedCountSql,
  estimateSql,
  pageSql,
} from './clients.ts';
import { assert, type Fixtures, type ThroughputWorkload } from './types.ts';

export const LOAD_CONCURRENCY = 50;
const ROWS = 100;

type Answer = { clients: { count: { value: number; exact: boolean }; edges: unknown[] } };

export function listLoadWorkload(fixtures: Fixtures): ThroughputWorkload {
  const query = LIST_QUERY('cheap', ROWS);
  const status = fixtures.notInterestedStatusId;
  const [page, count, estimate] = [
    pageSql(BROAD_WHERE, false, ROWS),
    cappedCountSql(BROAD_WHERE),
    estimateSql(BROAD_WHERE),
  ];
  return {
    id: 'list-load',
    label: `6 client list page (${ROWS} rows + its count), broad filter`,
    concurrency: LOAD_CONCURRENCY,
    seconds: 60,
    graphql: async (client) => {
      const data = await client.request<Answer>(query, { filter: BROAD_FILTER, after: null });
      assert(data.clients.edges.length > 0, 'the list page is empty');
      assert(data.clients.count.value >= data.clients.edges.length, 'the count is below the rows shown');
      return data;
    },
    sql: async (pool) => {
      const rows = (await pool.query(page, [status])).rows;
      const n = (await pool.query(count, [status])).rows[0].n as number;
      if (n > CHEAP_COUNT_UP_TO) await pool.query(estimate, [status]);
      return rows;
    },
  };
}
