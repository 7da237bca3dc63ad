// The pipeline's per-stage sums in the base currency, computed in SQL NUMERIC: open opportunities converted at the
// latest rate on or before a date, closed ones at their locked base amounts (converted from an earlier base).
import { type Prisma, type Db } from '../../db/prisma.ts';

export type PipelineRow = { stageId: string; count: number; sum: string; weightedSum: string };

export class PipelineRepository {
  constructor(private readonly db: Db) {}

  /** One row per stage that has matching opportunities. `where` filters `o` (opportunities) joined with `s`. */
  sums(where: Prisma.Sql, base: string, date: string): Promise<PipelineRow[]> {
    return this.db.$queryRaw<PipelineRow[]>`
      WITH f AS (
        SELECT o.stage_id, o.currency, o.amount, o.probability, o.closed_at, o.base_amount, o.base_currency,
          o.rate_date
        FROM opportunities o JOIN dictionary_values s ON s.id = o.stage_id WHERE ${where}
      ), open_groups AS (
        SELECT stage_id, currency, count(*) AS n, sum(amount) AS total, sum(amount * probability) AS weighted
        FROM f WHERE closed_at IS NULL GROUP BY stage_id, currency
      ), closed_groups AS (
        -- Locked amounts; after a change of base, those locked in the old one convert at their own rate date.
        SELECT stage_id, base_currency, rate_date, count(*) AS n, sum(base_amount) AS total,
          sum(base_amount * probability / 100) AS weighted
        FROM f WHERE closed_at IS NOT NULL GROUP BY stage_id, base_currency, rate_date
      ), rates AS (
        SELECT c.currency, CASE WHEN c.currency = ${base} THEN 1::numeric ELSE r.rate END AS rate
        FROM (SELECT DISTINCT currency FROM open_groups) c
        LEFT JOIN LATERAL (SELECT rate FROM exchange_rates x WHERE x.base_currency = ${base}
          AND x.currency = c.currency AND x.rate_date <= ${date}::date ORDER BY x.rate_date DESC LIMIT 1) r ON true
      ), parts AS (
        SELECT g.stage_id, g.n, g.total / r.rate AS total, g.weighted / 100 / r.rate AS weighted
        FROM open_groups g JOIN rates r USING (currency)
        UNION ALL
        SELECT g.stage_id, g.n, g.total / cr.rate, g.weighted / cr.rate FROM closed_groups g
        CROSS JOIN LATERAL (SELECT CASE WHEN g.base_currency = ${base} THEN 1::numeric ELSE (SELECT x.rate
          FROM exchange_rates x WHERE x.base_currency = ${base} AND x.currency = g.base_currency
            AND x.rate_date <= g.rate_date ORDER BY x.rate_date DESC LIMIT 1) END AS rate) cr
      )
      SELECT stage_id AS "stageId", sum(n)::int AS count, round(coalesce(sum(total), 0), 2)::text AS sum,
        round(coalesce(sum(weighted), 0), 2)::text AS "weightedSum"
      FROM parts GROUP BY stage_id`;
  }

  /** Currencies of matching open opportunities that have no rate on or before `date`. */
  async missingRates(where: Prisma.Sql, base: string, date: string): Promise<string[]> {
    const rows = await this.db.$queryRaw<{ currency: string }[]>`SELECT DISTINCT o.currency FROM opportunities o
      JOIN dictionary_values s ON s.id = o.stage_id
      WHERE ${where} AND o.closed_at IS NULL AND o.currency <> ${base} AND NOT EXISTS (SELECT 1 FROM exchange_rates x
        WHERE x.base_currency = ${base} AND x.currency = o.currency AND x.rate_date <= ${date}::date)
      ORDER BY 1`;
    return rows.map((r) => r.currency);
  }
}
