// Workload 7: four ready-made reports over one year (the local days up to the data's anchor week) through runReport —
// activities per agent and type with cost, visit success per agent and month, time to deal per agent, pipeline by
// close month and stage — each checked against the row count and total of a hand-written SQL.
import { READY_REPORTS } from '@veza/shared';
import { assert, type BenchContext, type LatencyWorkload, type Statement } from './types.ts';

const RUN = `query BenchReport($d: ReportDefinitionInput!) { runReport(definition: $d) {
  rows { level groups { key label } values } totals truncated } }`;

type Answer = { runReport: { rows: unknown[]; totals: (number | null)[]; truncated: boolean } };

export const reportDefinition = (key: string, period: { from: string; to: string } | null) => {
  const d = structuredClone(READY_REPORTS.find((r) => r.key === key)!.definition);
  return { ...d, filter: { ...d.filter, ...(period ?? {}) } };
};

// Live clients as the reports check them without a client filter: not among the (few) deleted ones.
const LIVE = (clientId: string) =>
  `NOT EXISTS (SELECT 1 FROM clients dc WHERE dc.id = ${clientId} AND dc.deleted_at IS NOT NULL)`;
const ACTIVITIES_SQL = `SELECT count(*)::int AS count FROM activities a
  WHERE a.deleted_at IS NULL AND ${LIVE('a.client_id')} AND a.status = 'DONE'
    AND COALESCE(a.starts_at, a.due_at, a.created_at) >= $1::timestamptz
    AND COALESCE(a.starts_at, a.due_at, a.created_at) < $2::timestamptz`;
// The floor of a visit-success report without the per-result totals: counting the year's done calls and meetings.
const VISITS_SQL = `${ACTIVITIES_SQL} AND a.type_id IN (SELECT t.id FROM dictionary_values t
  WHERE t.kind = 'ACTIVITY_TYPE' AND t.key IN ('meeting', 'call'))`;
const WON_SQL = `SELECT count(*)::int AS count FROM opportunities o
  WHERE o.deleted_at IS NULL AND ${LIVE('o.client_id')} AND o.closed_at IS NOT NULL AND o.lost_reason_id IS NULL
    AND o.closed_at >= $1::timestamptz AND o.closed_at < $2::timestamptz`;
const OPEN_SQL = `SELECT count(*)::int AS count FROM opportunities o
  WHERE o.deleted_at IS NULL AND ${LIVE('o.client_id')} AND o.closed_at IS NULL`;

function workload(
  ctx: BenchContext,
  id: string,
  label: string,
  key: string,
  statement: Statement,
  period: { from: string; to: string } | null,
  groupBy?: { dimension: string }[],
): LatencyWorkload {
  const definition = () => {
    const d = reportDefinition(key, period);
    return groupBy ? { ...d, groupBy } : d;
  };
  return {
    id,
    label,
    targets: { p95Ms: 1000 },
    graphql: () => ctx.api.request(RUN, { d: definition() }),
    sql: async () => (await ctx.pg.query(statement.text, statement.values)).rows,
    check: (graphql, sql) => {
      const report = (graphql as Answer).runReport;
      const count = (sql as { count: number }[])[0]!.count;
      assert(!report.truncated, `${id}: more than 5000 rows`);
      assert(report.totals[0] === count, `${id}: report counts ${report.totals[0]}, SQL ${count}`);
      return report.rows.length;
    },
    explain: [statement],
  };
}

/** The bench administrator's zone (the users' default): the web app sends periods as its local midnights. */
const ZONE = 'Europe/Zagreb';

/** The instant of midnight starting `day` (YYYY-MM-DD) in ZONE. */
export function localMidnight(day: string): string {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const offset = (at: number) => {
    const p = Object.fromEntries(format.formatToParts(new Date(at)).map((x) => [x.type, Number(x.value)]));
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - at;
  };
  const wall = Date.parse(`${day}T00:00:00Z`);
  return new Date(wall - offset(wall - offset(wall))).toISOString();
}

/** The year of whole local days up to `toDay` (YYYY-MM-DD, exclusive), as a user picks it in the web app. */
export function yearUpTo(toDay: string): { from: string; to: string } {
  return { from: localMidnight(`${Number(toDay.slice(0, 4)) - 1}${toDay.slice(4)}`), to: localMidnight(toDay) };
}

export function reportWorkloads(ctx: BenchContext): LatencyWorkload[] {
  // The year up to the anchor week's end.
  const year = yearUpTo(ctx.fixtures.week.to.slice(0, 10));
  const { from, to } = year;
  return [
    workload(
      ctx,
      'reports-activities',
      '7a report: a year of activities per agent and type, with cost',
      'activities-by-agent',
      { text: ACTIVITIES_SQL, values: [from, to] },
      year,
    ),
    workload(
      ctx,
      'reports-visit-success',
      '7f report: visit success per agent over a year (per-result totals)',
      'visit-success',
      { text: VISITS_SQL, values: [from, to] },
      year,
      // Per agent (the ready report's months would be ~6 500 rows at 1M, over the report's 5 000).
      [{ dimension: 'AGENT' }],
    ),
    workload(
      ctx,
      'reports-time-to-deal',
      '7b report: time to deal per agent over a year (avg + median)',
      'time-to-deal',
      { text: WON_SQL, values: [from, to] },
      year,
    ),
    workload(
      ctx,
      'reports-pipeline',
      '7c report: pipeline by expected close month and stage (EUR)',
      'pipeline-forecast',
      { text: OPEN_SQL, values: [] },
      null,
    ),
  ];
}
