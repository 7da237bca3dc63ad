// Workload 0: the floor — the fixed cost of one GraphQL request on this machine. `{ __typename }` over HTTP through
// the real API (the token checked, Apollo's whole pipeline, the compiled executor, the JSON answer) against
// `SELECT 1` over pg: nothing a list page does can cost less, so a page's GraphQL ÷ SQL ratio can be read against it.
import { assert, type BenchContext, type LatencyWorkload } from './types.ts';

export const FLOOR_WORKLOAD_ID = 'floor';
const FLOOR_QUERY = 'query BenchFloor { __typename }';

export function floorWorkload(ctx: BenchContext): LatencyWorkload {
  return {
    id: FLOOR_WORKLOAD_ID,
    label: '0 floor: `{ __typename }` vs `SELECT 1`',
    graphql: () => ctx.api.request(FLOOR_QUERY),
    sql: async () => (await ctx.pg.query('SELECT 1 AS one')).rows,
    check: (g, s) => {
      assert((g as { __typename?: string }).__typename === 'Query', `GraphQL answered ${JSON.stringify(g)}`);
      const rows = s as { one: number }[];
      assert(rows.length === 1 && rows[0]!.one === 1, `SQL answered ${JSON.stringify(rows)}`);
      return 1;
    },
    explain: [{ text: 'SELECT 1 AS one', values: [] }],
  };
}
