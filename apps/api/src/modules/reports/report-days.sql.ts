// Reports over activities from the daily totals (kept by triggers in the viewer's time zone) instead of every activity
// row, when the definition needs nothing those totals do not hold: groups by agent, team, type, status, result or a
// date part of the activity day; counts, sums and averages of work minutes and kilometres, cost, the success rate; a
// period of whole local days; no client filter and everyone's activities. A definition without the result reads
// activity_report_days, one with it activity_report_results (the same per result: 2.3 × the rows). Same rows and
// values as the live statement (ready-reports.int.test.ts, report-days.int.test.ts).
import { reportDateField, type ReportDefinition } from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';
import { successOf, type SubjectSql } from './report-subjects.sql.ts';

type Sql = Prisma.Sql;
type Measure = ReportDefinition['measures'][number];
const { sql, raw } = Prisma;

/** The result column of activity_report_results: the nil UUID stands for "no result" (it is part of the key). */
const RESULT = "NULLIF(s.result_id, '00000000-0000-0000-0000-000000000000')";

const TOTALS = (from: string): SubjectSql => ({
  from,
  // Totals that fell to zero (every activity of the day deleted) stay as rows; they are no group.
  live: 's.activities > 0',
  agent: 's.owner_id',
  type: 's.type_id',
  dims: { TYPE: { expr: 's.type_id', label: 'DICTIONARY' }, STATUS: { expr: 's.status', label: 'TEXT' } },
  dates: { STARTS_AT: { expr: 's.day', day: true } },
  fields: {},
  statusFilter: { column: 's.status', type: '"ActivityStatus"' },
  nativeKeys: true,
});

/** The daily totals as a report subject: the day is already local, so date parts and rates read it directly. */
export const DAYS_SUBJECT: SubjectSql = TOTALS('activity_report_days s');

/** The daily totals per result: the result as a group and the success flag as an input. */
export const RESULTS_SUBJECT: SubjectSql = {
  ...TOTALS('activity_report_results s'),
  dims: { ...DAYS_SUBJECT.dims, RESULT: { expr: RESULT, label: 'DICTIONARY' } },
  fields: { SUCCESS: successOf(RESULT) },
};

/**
 * The measure inputs of a totals row: count, work minutes (sum, how many), km (sum, how many), minutes × rate, and
 * how many of them have a successful result (the results table only).
 */
export function dayInputs(cost: Sql | null, subject: SubjectSql): Sql {
  const success = subject.fields.SUCCESS
    ? sql`CASE WHEN ${raw(subject.fields.SUCCESS)} THEN s.activities ELSE 0 END`
    : sql`NULL::integer`;
  return sql`s.activities AS n, s.work_minutes AS wm, s.work_count AS wc, s.distance_km AS dk,
    s.distance_count AS dc, ${cost ? sql`CASE WHEN s.work_count > 0 THEN s.work_minutes * ${cost} END` : sql`NULL::numeric`} AS cost,
    ${success} AS nok`;
}

/** The inputs above (every one a sum), so totals rows can be summed per group before the grouping sets. */
export const DAY_INPUTS = ['n', 'wm', 'wc', 'dk', 'dc', 'cost', 'nok'];

const round = (value: string) => raw(`round((${value})::numeric, 2)::float8`);

/** As the live aggregates: SUM of no values is NULL, COUNT of none is 0. */
export function dayAggregate(m: Measure): Sql {
  const key = `${m.fn} ${m.field ?? ''}`.trim();
  switch (key) {
    case 'COUNT':
      return sql`COALESCE(sum(b.n), 0)::float8`;
    case 'SUM WORK_MINUTES':
      return round('CASE WHEN sum(b.wc) > 0 THEN sum(b.wm) END');
    case 'AVG WORK_MINUTES':
      return round('sum(b.wm)::numeric / NULLIF(sum(b.wc), 0)');
    case 'SUM DISTANCE_KM':
      return round('CASE WHEN sum(b.dc) > 0 THEN sum(b.dk) END');
    case 'AVG DISTANCE_KM':
      return round('sum(b.dk) / NULLIF(sum(b.dc), 0)');
    case 'RATE SUCCESS':
      // As count(*) FILTER (…) / count(*) over the rows, to 4 places.
      return raw('round(COALESCE(sum(b.nok), 0)::numeric / NULLIF(sum(b.n), 0), 4)::float8');
    default:
      // Minutes × rate, divided by 60 once, as the live statement does (report-subjects.sql.ts `divisors`).
      return round('sum(b.cost) / 60');
  }
}

const DIMENSIONS = new Set(['AGENT', 'TEAM', 'TYPE', 'STATUS', 'DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR']);
const MEASURES = new Set([
  'COUNT',
  'SUM WORK_MINUTES',
  'AVG WORK_MINUTES',
  'SUM DISTANCE_KM',
  'AVG DISTANCE_KM',
  'SUM COST',
]);
/** What only the per-result totals hold. */
const RESULT_DIMENSIONS = new Set(['RESULT']);
const RESULT_MEASURES = new Set(['RATE SUCCESS']);

/** One clock formatter per time zone: building one took ~8 ms of CPU, twice per report. */
const clocks = new Map<string, Intl.DateTimeFormat>();
function clockIn(timeZone: string): Intl.DateTimeFormat {
  let clock = clocks.get(timeZone);
  if (!clock) {
    const options = { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' } as const;
    clock = new Intl.DateTimeFormat('en-US', options);
    if (clocks.size < 1000) clocks.set(timeZone, clock);
  }
  return clock;
}

/** Whether `iso` is a midnight in `timeZone` (a period of whole local days). */
export function isLocalMidnight(iso: string, timeZone: string): boolean {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime()) || at.getUTCMilliseconds() !== 0) return false;
  const parts = clockIn(timeZone).formatToParts(at);
  return parts.filter((p) => p.type !== 'literal').every((p) => Number(p.value) === 0);
}

/**
 * The daily totals that answer `d` exactly, or null when only the activity rows do (the caller knows the scope allows
 * totals: see ReportScope.dayTotals). The per-result table only when the definition needs the result.
 */
export function totalsFor(d: ReportDefinition, timeZone: string): SubjectSql | null {
  if (d.subject !== 'ACTIVITIES' || reportDateField(d) !== 'STARTS_AT' || d.filter?.client) return null;
  if (![d.filter?.from, d.filter?.to].every((at) => !at || isLocalMidnight(at, timeZone))) return null;
  const dims = d.groupBy.map((g) => g.dimension);
  const measures = d.measures.map((m) => `${m.fn} ${m.field ?? ''}`.trim());
  if (dims.every((g) => DIMENSIONS.has(g)) && measures.every((m) => MEASURES.has(m))) return DAYS_SUBJECT;
  const withResult = (set: Set<string>, extra: Set<string>) => (x: string) => set.has(x) || extra.has(x);
  if (dims.every(withResult(DIMENSIONS, RESULT_DIMENSIONS)) && measures.every(withResult(MEASURES, RESULT_MEASURES)))
    return RESULTS_SUBJECT;
  return null;
}

/** Whether the daily totals answer `d` exactly (either table). */
export function daysAnswer(d: ReportDefinition, timeZone: string): boolean {
  return totalsFor(d, timeZone) != null;
}
