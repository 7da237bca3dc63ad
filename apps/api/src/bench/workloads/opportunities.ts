// Workload 6: the sales pipeline — per-stage sums in the base currency (`pipeline`), and the board's first load
// (every stage with its sums and first 100 cards, with client and owner), each against the same numbers in SQL.
import { assert, type BenchContext, type LatencyWorkload, type Statement } from './types.ts';

const SUMS = `query BenchPipeline { pipeline { baseCurrency stages { stage { key } count sum weightedSum } } }`;
const BOARD = `query BenchBoard { pipeline { baseCurrency missingRates stages { stage { id key color } count sum weightedSum
  opportunities(first: 100) { totalCount edges { node { id name amount currency expectedCloseOn probability overdue
    version client { id name } owner { id name } } } } } } }`;

/** Open rows grouped by (stage, currency) and converted at the latest rate; closed ones at their locked amounts. */
const SUMS_SQL = `WITH og AS (
    SELECT stage_id, currency, count(*) AS n, sum(amount) AS total, sum(amount * probability) AS weighted
    FROM opportunities WHERE deleted_at IS NULL AND closed_at IS NULL GROUP BY 1, 2),
  rates AS (SELECT c.currency, CASE WHEN c.currency = 'EUR' THEN 1::numeric ELSE r.rate END AS rate
    FROM (SELECT DISTINCT currency FROM og) c LEFT JOIN LATERAL (SELECT rate FROM exchange_rates x
      WHERE x.base_currency = 'EUR' AND x.currency = c.currency AND x.rate_date <= current_date
      ORDER BY x.rate_date DESC LIMIT 1) r ON true),
  parts AS (SELECT og.stage_id, og.n, og.total / r.rate AS total, og.weighted / 100 / r.rate AS weighted
    FROM og JOIN rates r USING (currency)
    UNION ALL SELECT stage_id, count(*), sum(base_amount), sum(base_amount * probability / 100) FROM opportunities
    WHERE deleted_at IS NULL AND closed_at IS NOT NULL GROUP BY stage_id)
  SELECT d.key, sum(p.n)::int AS count, round(coalesce(sum(p.total), 0), 2)::text AS sum,
    round(coalesce(sum(p.weighted), 0), 2)::text AS weighted
  FROM parts p JOIN dictionary_values d ON d.id = p.stage_id GROUP BY d.key, d.position ORDER BY d.position`;

/** The first 100 cards of each stage in board order (open) or most recently closed first, with client and owner. */
const CARDS_SQL = `SELECT s.key, c.id, c.name, cl.name AS client, u.name AS owner
  FROM dictionary_values s CROSS JOIN LATERAL (
    SELECT o.id, o.name, o.client_id, o.owner_id FROM opportunities o
    WHERE o.stage_id = s.id AND o.deleted_at IS NULL
    ORDER BY CASE WHEN s.meta->>'outcome' IN ('WON', 'LOST') THEN 0 ELSE o.position END,
      CASE WHEN s.meta->>'outcome' IN ('WON', 'LOST') THEN o.closed_at END DESC, o.id LIMIT 100) c
  JOIN clients cl ON cl.id = c.client_id JOIN users u ON u.id = c.owner_id
  WHERE s.kind = 'OPPORTUNITY_STAGE' AND s.active ORDER BY s.position`;

type Stage = { stage: { key: string }; count: number; sum: string; weightedSum: string };
type SumsAnswer = { pipeline: { stages: Stage[] } };
type BoardAnswer = { pipeline: { stages: (Stage & { opportunities: { edges: unknown[] } })[] } };
type SumRow = { key: string; count: number; sum: string; weighted: string };

function checkSums(stages: Stage[], rows: SumRow[]) {
  assert(Array.isArray(stages) && stages.length > 0, 'pipeline has no stages');
  for (const row of rows) {
    const s = stages.find((x) => x.stage.key === row.key);
    assert(s, `stage ${row.key} missing from the pipeline`);
    assert(s.count === row.count, `${row.key}: GraphQL count ${s.count}, SQL ${row.count}`);
    assert(s.sum === row.sum && s.weightedSum === row.weighted, `${row.key}: sums differ (${s.sum} vs ${row.sum})`);
  }
  const total = rows.reduce((n, r) => n + r.count, 0);
  assert(total > 0, 'no opportunities in the benchmark data');
  return total;
}

export function opportunityWorkloads(ctx: BenchContext): LatencyWorkload[] {
  const sums: Statement = { text: SUMS_SQL, values: [] };
  const cards: Statement = { text: CARDS_SQL, values: [] };
  return [
    {
      id: 'pipeline-sums',
      label: '6a pipeline: per-stage count, sum, weighted sum (EUR/PLN/CZK)',
      targets: { p95Ms: 200 },
      graphql: () => ctx.api.request(SUMS),
      sql: async () => (await ctx.pg.query(sums.text)).rows,
      check: (graphql, sql) => checkSums((graphql as SumsAnswer).pipeline.stages, sql as SumRow[]),
      explain: [sums],
    },
    {
      id: 'pipeline-board',
      label: '6b board first load: sums + 100 cards per stage',
      targets: { p95Ms: 300 },
      graphql: () => ctx.api.request(BOARD),
      sql: async () => ({
        sums: (await ctx.pg.query(sums.text)).rows,
        cards: (await ctx.pg.query(cards.text)).rows,
      }),
      check: (graphql, sql) => {
        const stages = (graphql as BoardAnswer).pipeline.stages;
        const { sums: rows, cards: cardRows } = sql as { sums: SumRow[]; cards: unknown[] };
        checkSums(stages, rows);
        const shown = stages.reduce((n, s) => n + s.opportunities.edges.length, 0);
        assert(shown === cardRows.length, `GraphQL shows ${shown} cards, SQL ${cardRows.length}`);
        return shown;
      },
      explain: [sums, cards],
    },
  ];
}
