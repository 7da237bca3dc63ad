// Workload 7d/7e: the list behind a report cell (reportDrillDown's activity filter: owner only, done, a period of
// local days on the activity day in a time zone, live clients) — one agent's done calls and meetings in a month (a
// visit-success cell) and one agent's done activities over a year (an activities-per-agent subtotal) — first page
// and totalCount, checked against hand-written SQL (same count, same first page in the list's order).
import { fromGlobalId, toGlobalId } from '@veza/shared';
import { assert, type BenchContext, type LatencyWorkload } from './types.ts';

const LIST = `query BenchDrill($f: ActivityFilter) { activities(filter: $f, first: 50) {
  totalCount edges { node { id } } } }`;

type Answer = { activities: { totalCount: number; edges: { node: { id: string } }[] } };

const ZONE = 'Europe/Zagreb';
const DAY = `COALESCE(a.starts_at, a.due_at, a.created_at)`;

/** The floor: the same rows as a range on the activity day (a day wider) re-checked by the local day. */
const SQL = `WITH m AS (SELECT a.id, ${DAY} AS k FROM activities a
    WHERE a.deleted_at IS NULL AND a.owner_id = $1::uuid AND a.status = 'DONE'
      AND ($4::text[] IS NULL OR a.type_id IN (SELECT t.id FROM dictionary_values t
        WHERE t.kind = 'ACTIVITY_TYPE' AND t.key = ANY($4::text[])))
      AND ${DAY} >= ($2::date::timestamp AT TIME ZONE '${ZONE}') - interval '1 day'
      AND ${DAY} < (($3::date + 1)::timestamp AT TIME ZONE '${ZONE}') + interval '1 day'
      AND (${DAY} AT TIME ZONE '${ZONE}')::date BETWEEN $2::date AND $3::date
      AND EXISTS (SELECT 1 FROM clients c WHERE c.id = a.client_id AND c.deleted_at IS NULL))
  SELECT (SELECT count(*) FROM m)::int AS count,
    ARRAY(SELECT id::text FROM m ORDER BY k DESC, id DESC LIMIT 50) AS ids`;

function drill(
  ctx: BenchContext,
  id: string,
  label: string,
  cell: { agent: string; dayFrom: string; dayTo: string; typeKeys: string[] | null },
): LatencyWorkload {
  const filter = {
    ownerIds: [toGlobalId('User', cell.agent)],
    statuses: ['DONE'],
    typeKeys: cell.typeKeys,
    dateField: 'STARTS_AT',
    dayFrom: cell.dayFrom,
    dayTo: cell.dayTo,
    timeZone: ZONE,
    liveClient: true,
  };
  const statement = { text: SQL, values: [cell.agent, cell.dayFrom, cell.dayTo, cell.typeKeys] };
  return {
    id,
    label,
    targets: { p95Ms: 1000 },
    graphql: () => ctx.api.request(LIST, { f: filter }),
    sql: async () => (await ctx.pg.query(statement.text, statement.values)).rows,
    check: (graphql, sql) => {
      const list = (graphql as Answer).activities;
      const floor = (sql as { count: number; ids: string[] }[])[0]!;
      assert(list.totalCount === floor.count, `${id}: list counts ${list.totalCount}, SQL ${floor.count}`);
      const ids = list.edges.map((e) => fromGlobalId(e.node.id)?.id);
      assert(ids.join() === floor.ids.join(), `${id}: the first page differs from SQL`);
      return list.edges.length;
    },
    explain: [statement],
  };
}

const shiftYear = (day: string, years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;

export function reportDrillWorkloads(ctx: BenchContext): LatencyWorkload[] {
  // The month before the anchor week's (done work; the anchor's own is mostly planned) and the year up to the week.
  const last = new Date(Date.parse(ctx.fixtures.week.to) - 86_400_000).toISOString().slice(0, 10);
  const monthEnd = new Date(Date.parse(`${last.slice(0, 7)}-01T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const agent = ctx.fixtures.agentIds[0]!;
  return [
    drill(ctx, 'reports-drill-month', '7d report cell → list: an agent’s done calls and meetings in a month', {
      agent,
      dayFrom: `${monthEnd.slice(0, 7)}-01`,
      dayTo: monthEnd,
      typeKeys: ['call', 'meeting'],
    }),
    drill(ctx, 'reports-drill-year', '7e report cell → list: an agent’s done activities over a year', {
      agent,
      dayFrom: shiftYear(last, -1),
      dayTo: last,
      typeKeys: null,
    }),
  ];
}
