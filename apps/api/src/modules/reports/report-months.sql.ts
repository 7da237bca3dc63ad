// The daily totals with their whole months read from the monthly totals (activity_report_months and
// activity_report_result_months, kept by the same triggers): a report over a year reads twelve rows per owner, type
// and status where it read ~365, and the days only for the months its period cuts. Groupings by day or week keep the
// days. Cost prices each row at the rate in force on its day, and a month row stands for its first day: a month in
// which one of the owner's rates starts after the first is read from its days instead (the few months where a rate
// changes), so the cost is the same to the cent (report-days.int.test.ts compares with the live statement).
import type { ReportDefinition } from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';
import { RESULTS_SUBJECT } from './report-days.sql.ts';
import type { SubjectSql } from './report-subjects.sql.ts';

type Sql = Prisma.Sql;
const { sql, raw, join } = Prisma;

const SUMS = 'activities, work_minutes, work_count, distance_km, distance_count';
const TABLES = {
  days: { days: 'activity_report_days', months: 'activity_report_months', keys: 'owner_id, type_id, status' },
  results: {
    days: 'activity_report_results',
    months: 'activity_report_result_months',
    keys: 'owner_id, type_id, status, result_id',
  },
};

/** One formatter per time zone (building one costs milliseconds). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function localDay(iso: string, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    if (dayFormats.size < 1000) dayFormats.set(timeZone, format);
  }
  return format.format(new Date(iso));
}

const firstOfMonth = (day: string) => `${day.slice(0, 8)}01`;
function nextMonth(day: string): string {
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The local days [from, to) of the period and the whole months [start, end) inside it (null: unbounded). */
export type MonthSpan = { from: string | null; to: string | null; start: string | null; end: string | null };

/** The whole local months of a period of whole local days, or null when it holds none. */
export function wholeMonths(d: ReportDefinition, timeZone: string): MonthSpan | null {
  const from = d.filter?.from ? localDay(d.filter.from, timeZone) : null;
  const to = d.filter?.to ? localDay(d.filter.to, timeZone) : null;
  const start = from && (from.endsWith('-01') ? from : nextMonth(from));
  const end = to && firstOfMonth(to);
  if (start && end && start >= end) return null;
  return { from, to, start, end };
}

/** `column` within [from, to), either bound left out when null. */
function within(column: string, from: string | null, to: string | null): Sql[] {
  const out: Sql[] = [];
  if (from) out.push(sql`${raw(column)} >= ${from}::date`);
  if (to) out.push(sql`${raw(column)} < ${to}::date`);
  return out;
}

/** A month whose owner has a rate starting after its first day (the rate changes inside it). */
const RATE_CHANGES = (owner: string, month: string) =>
  `EXISTS (SELECT 1 FROM hourly_rates r WHERE r.user_id = ${owner} AND r.valid_from > ${month}
    AND r.valid_from < (${month} + interval '1 month')::date)`;

function branches(span: MonthSpan, timeZone: string, cost: boolean, t: (typeof TABLES)['days']): Sql[] {
  const cols = `time_zone, day, ${t.keys}, ${SUMS}`;
  const days = (from: string | null, to: string | null) =>
    sql`SELECT ${raw(cols)} FROM ${raw(t.days)} WHERE ${join([sql`time_zone = ${timeZone}`, ...within('day', from, to)], ' AND ')}`;
  const out: Sql[] = [];
  // The days of the months the period cuts, before and after its whole months.
  if (span.from && span.start !== span.from) out.push(days(span.from, span.start));
  if (span.to && span.end !== span.to) out.push(days(span.end, span.to));
  const months = [sql`m.time_zone = ${timeZone}`, ...within('m.month', span.start, span.end)];
  if (cost) months.push(raw(`NOT ${RATE_CHANGES('m.owner_id', 'm.month')}`));
  out.push(sql`SELECT m.time_zone, m.month AS day, ${raw(`${prefixed('m', t.keys)}, ${prefixed('m', SUMS)}`)}
    FROM ${raw(t.months)} m WHERE ${join(months, ' AND ')}`);
  if (cost) {
    // The months where an owner's rate changes, from their days (one index range per such month and owner).
    const changes = [raw('extract(day FROM r.valid_from) <> 1'), ...within('r.valid_from', span.start, span.end)];
    out.push(sql`SELECT d.time_zone, d.day, ${raw(`${prefixed('d', t.keys)}, ${prefixed('d', SUMS)}`)}
      FROM (SELECT DISTINCT r.user_id, date_trunc('month', r.valid_from)::date AS month FROM hourly_rates r
        WHERE ${join(changes, ' AND ')}) u
      JOIN ${raw(t.days)} d ON d.time_zone = ${timeZone} AND d.owner_id = u.user_id AND d.day >= u.month
        AND d.day < (u.month + interval '1 month')::date`);
  }
  return out;
}

const prefixed = (alias: string, columns: string) =>
  columns
    .split(', ')
    .map((c) => `${alias}.${c}`)
    .join(', ');

/**
 * `totals` (a daily totals subject that answers `d`) reading its whole months from the monthly totals, or `totals`
 * itself when the months do not help: a grouping by day or week, a period without a whole month, or a cost measured
 * over the per-result totals (their months where a rate changes would need an index of their own).
 */
export function withMonths(totals: SubjectSql, d: ReportDefinition, timeZone: string): SubjectSql {
  if (d.groupBy.some((g) => g.dimension === 'DAY' || g.dimension === 'WEEK')) return totals;
  const results = totals === RESULTS_SUBJECT;
  const cost = d.measures.some((m) => m.field === 'COST');
  if (cost && results) return totals;
  const span = wholeMonths(d, timeZone);
  if (!span) return totals;
  const union = join(branches(span, timeZone, cost, results ? TABLES.results : TABLES.days), ' UNION ALL ');
  return { ...totals, from: `(${results ? TABLES.results.months : TABLES.days.months}) s`, fromSql: sql`(${union}) s` };
}
