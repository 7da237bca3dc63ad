// Reports over activities from the daily totals (activity_report_days, kept by triggers in the viewer's time zone)
// instead of every activity row, when the definition needs nothing those totals do not hold: groups by agent, team,
// type, status or a date part of the activity day; counts, sums and averages of work minutes and kilometres, cost;
// a period of whole local days; no client filter and everyone's activities. Same rows and values as the live
// statement (ready-reports.int.test.ts, report-days.int.test.ts).
import { reportDateField, type ReportDefinition } from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';
import type { SubjectSql } from './report-subjects.sql.ts';

type Sql = Prisma.Sql;
type Measure = ReportDefinition['measures'][number];
const { sql, raw } = Prisma;

/** The daily totals as a report subject: the day is already local, so date parts and rates read it directly. */
export const DAYS_SUBJECT: SubjectSql = {
  from: 'activity_report_days s',
  // Totals that fell to zero (every activity of the day deleted) stay as rows; they are no group.
  live: 's.activities > 0',
  agent: 's.owner_id',
  type: 's.type_id',
  dims: { TYPE: { expr: 's.type_id::text', label: 'DICTIONARY' }, STATUS: { expr: 's.status::text', label: 'TEXT' } },
  dates: { STARTS_AT: { expr: 's.day', day: true } },
  fields: {},
  statusFilter: { column: 's.status', type: '"ActivityStatus"' },
};

/** The measure inputs of a totals row: count, work minutes (sum, how many), km (sum, how many), minutes × rate. */
export function dayInputs(cost: Sql | null): Sql {
  return sql`s.activities AS n, s.work_minutes AS wm, s.work_count AS wc, s.distance_km AS dk,
    s.distance_count AS dc, ${cost ? sql`CASE WHEN s.work_count > 0 THEN s.work_minutes * ${cost} END` : sql`NULL::numeric`} AS cost`;
}

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

/** Whether `iso` is a midnight in `timeZone` (a period of whole local days). */
export function isLocalMidnight(iso: string, timeZone: string): boolean {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime()) || at.getUTCMilliseconds() !== 0) return false;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  return parts.filter((p) => p.type !== 'literal').every((p) => Number(p.value) === 0);
}

/** Whether the daily totals answer `d` exactly (the caller knows the scope allows them: see ReportScope.dayTotals). */
export function daysAnswer(d: ReportDefinition, timeZone: string): boolean {
  if (d.subject !== 'ACTIVITIES' || reportDateField(d) !== 'STARTS_AT' || d.filter?.client) return false;
  if (!d.groupBy.every((g) => DIMENSIONS.has(g.dimension))) return false;
  if (!d.measures.every((m) => MEASURES.has(`${m.fn} ${m.field ?? ''}`.trim()))) return false;
  return [d.filter?.from, d.filter?.to].every((at) => !at || isLocalMidnight(at, timeZone));
}
