// Generated opportunities for a batch of generated clients (about one per five), set-based and reproducible: the
// client's id decides whether it has one and everything about it. Over three years before the anchor day: older ones
// are mostly closed (won or lost with a reason, base amount locked at the demo rates), recent ones (240 days) spread over the
// open stages. Each gets its stage history (created, and the move to where it is now).
import { Prisma } from '../db/prisma.ts';
import type { SqlRunner } from './sql-runner.ts';

const { sql } = Prisma;

/** Demo rates to EUR (units per euro): fixed, so locked and live conversions agree in reports. */
export const DEMO_RATES = { PLN: '4.2500000000', CZK: '25.1000000000' } as const;

export type OpportunityRefs = {
  /** Open stages in board order, then the won and the lost stage. */
  open: { id: string; probability: number }[];
  won: string;
  lost: string;
  lostReasons: string[];
  owners: string[];
};

export async function loadOpportunityRefs(run: SqlRunner, owners: string[]): Promise<OpportunityRefs | null> {
  const stages = await run.rows<{ id: string; meta: { outcome?: string; probability?: number } }>(sql`
    SELECT id, meta FROM dictionary_values WHERE kind = 'OPPORTUNITY_STAGE' AND active ORDER BY position, id`);
  const reasons = await run.rows<{ id: string }>(sql`
    SELECT id FROM dictionary_values WHERE kind = 'LOST_REASON' AND active ORDER BY position, id`);
  const open = stages.filter((s) => (s.meta.outcome ?? 'OPEN') === 'OPEN');
  const won = stages.find((s) => s.meta.outcome === 'WON')?.id;
  const lost = stages.find((s) => s.meta.outcome === 'LOST')?.id;
  if (!open.length || !won || !lost || !reasons.length) return null;
  return {
    open: open.map((s) => ({ id: s.id, probability: s.meta.probability ?? 0 })),
    won,
    lost,
    lostReasons: reasons.map((r) => r.id),
    owners,
  };
}

/** Monthly demo rates for the three years before the anchor (same value each month; idempotent). */
export function demoRatesStatement(anchor: Date): Prisma.Sql {
  return sql`INSERT INTO exchange_rates (base_currency, currency, rate_date, rate, source, updated_at)
    SELECT 'EUR', c, d::date, r, 'MANUAL', now()
    FROM (VALUES ('PLN', ${DEMO_RATES.PLN}::numeric), ('CZK', ${DEMO_RATES.CZK}::numeric)) AS v(c, r)
    CROSS JOIN generate_series((${anchor}::date - 1095)::timestamp, ${anchor}::date::timestamp, interval '1 month') AS d
    ON CONFLICT DO NOTHING`;
}

/** A uniform number in [0, 1) from the client id and a salt. */
const u = (salt: string) =>
  `((('x' || substr(md5(c.id::text || '${salt}'), 1, 8))::bit(32)::bigint & 2147483647) / 2147483648.0)`;

export function opportunityBatchStatement(clientIds: string[], refs: OpportunityRefs, anchor: Date): Prisma.Sql {
  const openIds = refs.open.map((s) => s.id);
  const openProb = refs.open.map((s) => s.probability);
  return sql`WITH src AS (
      SELECT c.id AS client_id, c.country, c.lead_source_id, c.account_manager_id,
        ${Prisma.raw(u('age'))} AS r_age, ${Prisma.raw(u('stage'))} AS r_stage, ${Prisma.raw(u('amount'))} AS r_amount,
        ${Prisma.raw(u('reason'))} AS r_reason, ${Prisma.raw(u('close'))} AS r_close, ${Prisma.raw(u('owner'))} AS r_owner
      FROM clients c WHERE c.id = ANY(${clientIds}::uuid[]) AND ${Prisma.raw(u('has'))} < 0.2
    ), shaped AS (
      SELECT s.*, md5(s.client_id::text || 'opportunity')::uuid AS id,
        ${anchor}::timestamptz - make_interval(days => floor(s.r_age * 1095)::int) AS created,
        CASE WHEN s.r_age * 1095 > 240 OR s.r_stage < 0.1
          THEN CASE WHEN s.r_stage < 0.38 THEN 'WON' ELSE 'LOST' END ELSE 'OPEN' END AS outcome,
        1 + floor(s.r_stage * ${openIds.length})::int AS open_index,
        round(power(10, 2.7 + s.r_amount * 2.3)::numeric, 2) AS amount,
        CASE s.country WHEN 'PL' THEN 'PLN' WHEN 'CZ' THEN 'CZK' ELSE 'EUR' END AS currency
      FROM src s
    ), rows AS (
      SELECT h.*, CASE h.outcome WHEN 'WON' THEN ${refs.won}::uuid WHEN 'LOST' THEN ${refs.lost}::uuid
          ELSE (${openIds}::uuid[])[h.open_index] END AS stage_id,
        CASE h.outcome WHEN 'WON' THEN 100 WHEN 'LOST' THEN 0 ELSE (${openProb}::int[])[h.open_index] END AS probability,
        CASE WHEN h.outcome <> 'OPEN' THEN h.created + make_interval(days => 7 + floor(h.r_close * 110)::int) END AS closed,
        CASE h.currency WHEN 'PLN' THEN ${DEMO_RATES.PLN}::numeric WHEN 'CZK' THEN ${DEMO_RATES.CZK}::numeric ELSE 1 END AS rate
      FROM shaped h
    ), inserted AS (
      INSERT INTO opportunities (id, name, client_id, owner_id, stage_id, amount, currency, expected_close_on,
        probability, lead_source_id, lost_reason_id, closed_at, base_amount, base_currency, rate_date, position,
        created_at, updated_at)
      SELECT r.id, (ARRAY['Annual contract', 'Pilot project', 'Equipment renewal', 'Service agreement', 'Expansion',
          'Licences', 'Maintenance'])[1 + floor(r.r_amount * 7)::int] || ' ' || to_char(r.created, 'YYYY-MM'),
        r.client_id, COALESCE(r.account_manager_id, (${refs.owners}::uuid[])[1 + floor(r.r_owner * ${refs.owners.length})::int]),
        r.stage_id, r.amount, r.currency, (r.created + make_interval(days => 30 + floor(r.r_close * 120)::int))::date,
        r.probability, r.lead_source_id,
        CASE WHEN r.outcome = 'LOST' THEN (${refs.lostReasons}::uuid[])[1 + floor(r.r_reason * ${refs.lostReasons.length})::int] END,
        r.closed, CASE WHEN r.closed IS NOT NULL THEN round(r.amount / r.rate, 2) END,
        CASE WHEN r.closed IS NOT NULL THEN 'EUR' END, r.closed::date, r.r_stage * 1000000, r.created,
        COALESCE(r.closed, r.created)
      FROM rows r
      RETURNING id, stage_id, created_at, closed_at, owner_id
    ), history AS (
      INSERT INTO opportunity_stage_changes (id, opportunity_id, from_stage_id, to_stage_id, changed_at, changed_by_id)
      SELECT md5(i.id::text || 'created')::uuid, i.id, NULL, ${openIds[0]!}::uuid, i.created_at, i.owner_id FROM inserted i
      UNION ALL
      SELECT md5(i.id::text || 'moved')::uuid, i.id, ${openIds[0]!}::uuid, i.stage_id,
        COALESCE(i.closed_at, i.created_at + interval '3 days'), i.owner_id
      FROM inserted i WHERE i.stage_id <> ${openIds[0]!}::uuid
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM inserted)::int AS opportunities, (SELECT count(*) FROM history)::int AS changes`;
}
