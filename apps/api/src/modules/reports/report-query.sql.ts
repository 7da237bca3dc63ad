// Builds one report statement from a validated definition: the subject's rows (filtered, visible to the viewer)
// projected to group keys and measure inputs, aggregated with GROUPING SETS so details, subtotals per first group
// and the grand total come from one scan.
import { reportDateField, type DatePart, type ReportDefinition } from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';
import { DAY_INPUTS, dayAggregate, dayInputs, totalsFor } from './report-days.sql.ts';
import { withMonths } from './report-months.sql.ts';
import { RATE_JOIN, SUBJECTS, dayOf, rateJoins, type SubjectSql } from './report-subjects.sql.ts';

type Sql = Prisma.Sql;
const { sql, raw, join } = Prisma;

/** Details beyond this many result rows are cut off (the totals stay exact). */
export const MAX_REPORT_ROWS = 5000;

export type ReportScope = {
  /** Visibility and the compiled client filter (over `c`), already built by the service. */
  where: Sql[];
  /**
   * `where` holds no client condition: the report needs only live clients (no client filter), and the statement
   * checks that itself — without joining the clients table when nothing else reads the client (see source()).
   */
  liveClients?: boolean;
  timeZone: string;
  /**
   * The daily activity totals may answer: the viewer sees everyone's activities, the definition has no client filter
   * and the totals are kept in the viewer's time zone (report-days.sql.ts decides whether the definition fits).
   */
  dayTotals?: boolean;
};

const PART: Record<DatePart, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' };

function groupExpr(subject: SubjectSql, d: ReportDefinition, i: number, timeZone: string): Sql {
  const g = d.groupBy[i]!;
  const text = subject.nativeKeys ? '' : '::text';
  if (g.dimension in PART) {
    const part = PART[g.dimension as DatePart];
    return sql`date_trunc(${part}, ${dayOf(subject, reportDateField(d), timeZone)})::date${raw(text)}`;
  }
  if (g.dimension === 'ATTRIBUTE') return sql`(c.attributes ->> ${g.attributeKey!})`;
  if (g.dimension === 'AGENT') return raw(`${subject.agent}${text}`);
  if (g.dimension === 'TEAM') return raw(`tm.manager_id${text}`);
  return raw(subject.dims[g.dimension]!.expr);
}

function aggregate(m: ReportDefinition['measures'][number], i: number, divisor = 1): Sql {
  const f = raw(`b.f${i}`);
  const per = divisor === 1 ? Prisma.empty : raw(` / ${divisor}`);
  switch (m.fn) {
    case 'COUNT':
      return sql`count(*)::float8`;
    case 'RATE':
      return sql`round(count(*) FILTER (WHERE ${f})::numeric / NULLIF(count(*), 0), 4)::float8`;
    case 'MEDIAN':
      return sql`round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ${f}))::numeric${per}, 2)::float8`;
    default:
      return sql`round(${raw(m.fn.toLowerCase())}(${f})::numeric${per}, 2)::float8`;
  }
}

/** The period on the definition's date field: [from, to) as instants, or as days for a DATE column. */
function period(subject: SubjectSql, d: ReportDefinition, timeZone: string): Sql[] {
  const field = subject.dates[reportDateField(d)]!;
  const at = (v: string) =>
    field.day ? sql`(${v}::timestamptz AT TIME ZONE ${timeZone})::date` : sql`${v}::timestamptz`;
  const out: Sql[] = [];
  if (d.filter?.from) out.push(sql`${raw(field.expr)} >= ${at(d.filter.from)}`);
  if (d.filter?.to) out.push(sql`${raw(field.expr)} < ${at(d.filter.to)}`);
  return out;
}

/**
 * On the status columns themselves (the catalog has already checked the values): their statistics give the planner
 * the real row count, where `status::text` or a CASE made it guess a handful of rows and look up each client by index.
 */
function statusFilter(subject: SubjectSql, statuses: readonly string[]): Sql {
  const f = subject.statusFilter;
  if (f && 'column' in f) return sql`${raw(f.column)} = ANY(${statuses}::text[]::${raw(f.type)}[])`;
  if (!f) throw new Error('This subject has no statuses'); // the shared catalog rejects them first
  return sql`(${join(
    [...new Set(statuses)].map((s) => raw(`(${f.predicates[s]!})`)),
    ' OR ',
  )})`;
}

function subjectFilters(subject: SubjectSql, d: ReportDefinition, agentIds: string[] | null): Sql[] {
  const out: Sql[] = [raw(subject.live)];
  if (agentIds?.length) out.push(sql`${raw(subject.agent)} = ANY(${agentIds}::uuid[])`);
  const statuses = d.filter?.statuses;
  if (statuses?.length) out.push(statusFilter(subject, statuses));
  if (d.filter?.typeKeys?.length)
    out.push(sql`${raw(subject.type!)} IN (SELECT t.id FROM dictionary_values t WHERE t.kind = 'ACTIVITY_TYPE'
      AND t.key = ANY(${d.filter.typeKeys}::text[]))`);
  return out;
}

function joins(subject: SubjectSql, d: ReportDefinition, timeZone: string): Sql[] {
  const out: Sql[] = [];
  const fields = new Set(d.measures.map((m) => m.field));
  if (d.groupBy.some((g) => g.dimension === 'TEAM'))
    out.push(sql` LEFT JOIN users tm ON tm.id = ${raw(subject.agent)}`);
  if (d.subject === 'ACTIVITIES' && fields.has('COST'))
    out.push(rateJoins(dayOf(subject, 'STARTS_AT', timeZone), subject));
  if (d.subject === 'OPPORTUNITIES' && ['VALUE', 'WON_VALUE', 'WEIGHTED_VALUE'].some((f) => fields.has(f)))
    out.push(RATE_JOIN);
  for (const f of fields) if (f && subject.lookups?.[f]) out.push(raw(subject.lookups[f]));
  return out;
}

/**
 * The FROM clause and its live-client condition. Without a client filter, when no group reads the client, the rows
 * are not joined to clients at all: an anti-join on the deleted ones (`clients_deleted_id_idx`, a handful) keeps the
 * statement bounded by the subject's rows instead of hashing the whole clients table.
 */
function source(subject: SubjectSql, d: ReportDefinition, scope: ReportScope): { from: string; live: Sql[] } {
  if (!scope.liveClients) return { from: subject.from, live: [] };
  const readsClient = d.groupBy.some(
    (g) => g.dimension === 'ATTRIBUTE' || /\bc\./.test(subject.dims[g.dimension]?.expr ?? ''),
  );
  if (!subject.bare || readsClient) return { from: subject.from, live: [sql`c.deleted_at IS NULL`] };
  const { from, clientId } = subject.bare;
  return {
    from,
    live: [sql`NOT EXISTS (SELECT 1 FROM clients dc WHERE dc.id = ${raw(clientId)} AND dc.deleted_at IS NOT NULL)`],
  };
}

function groupingSets(n: number): Sql {
  if (n === 0) return sql``;
  if (n === 1) return sql` GROUP BY GROUPING SETS ((b.g0), ())`;
  return sql` GROUP BY GROUPING SETS ((b.g0, b.g1), (b.g0), ())`;
}

/** The inner select's measure inputs and the outer aggregates, from activity rows or from daily totals. */
function measuresOf(subject: SubjectSql, d: ReportDefinition, days: boolean): { inputs: Sql[]; measures: Sql[] } {
  const named = (list: Sql[]) => list.map((m, i) => sql`${m} AS ${raw(`m${i}`)}`);
  if (days) {
    const cost = d.measures.some((m) => m.field === 'COST') ? sql`COALESCE(rt.rate, ru.rate)` : null;
    return { inputs: [dayInputs(cost, subject)], measures: named(d.measures.map(dayAggregate)) };
  }
  // One input column per field: two measures of the same field (an average and a median) read one computation.
  const fields = [...new Set(d.measures.flatMap((m) => (m.field ? [m.field] : [])))];
  return {
    inputs: fields.map((f, j) => sql`${raw(subject.fields[f]!)} AS ${raw(`f${j}`)}`),
    measures: named(
      d.measures.map((m) =>
        aggregate(m, m.field ? fields.indexOf(m.field) : -1, (m.field && subject.divisors?.[m.field]) || 1),
      ),
    ),
  };
}

/**
 * Daily totals summed per group first: a plain GROUP BY, which PostgreSQL may run in parallel workers, so the grouping
 * sets (never parallel) combine a few thousand groups instead of every totals row. Exact: every input is a sum.
 */
function perGroup(inner: Sql, n: number): Sql {
  const keys = Array.from({ length: n }, (_, i) => `t.g${i}`);
  const sums = DAY_INPUTS.map((c) => `sum(t.${c}) AS ${c}`);
  const groups = n ? raw(` GROUP BY ${keys.join(', ')}`) : Prisma.empty;
  return sql`SELECT ${raw([...keys.map((k, i) => `${k} AS g${i}`), ...sums].join(', '))} FROM (${inner}) t${groups}`;
}

/** The whole statement; rows: g0, g1 (text keys or null), grp (GROUPING bits: 0 detail, 1 subtotal, 3 total), m0… */
export function reportStatement(d: ReportDefinition, scope: ReportScope, agentIds: string[] | null): Sql {
  const totals = scope.dayTotals ? totalsFor(d, scope.timeZone) : null;
  const days = totals != null;
  const subject = totals ? withMonths(totals, d, scope.timeZone) : SUBJECTS[d.subject];
  const n = d.groupBy.length;
  // Byte order ("C") for the text keys: grouping compares them, and the labels are sorted afterwards anyway. Keys in
  // their own types (uuid, date, enum) group faster still and become text after grouping.
  const keys = d.groupBy.map((_, i) => {
    const key = groupExpr(subject, d, i, scope.timeZone);
    return subject.nativeKeys ? sql`${key} AS ${raw(`g${i}`)}` : sql`(${key}) COLLATE "C" AS ${raw(`g${i}`)}`;
  });
  const { inputs, measures } = measuresOf(subject, d, days);
  const { from, live } = days ? { from: subject.from, live: [] } : source(subject, d, scope);
  const fromSql = subject.fromSql ?? raw(from);
  const where = [
    ...subjectFilters(subject, d, agentIds),
    ...period(subject, d, scope.timeZone),
    ...(days ? [sql`s.time_zone = ${scope.timeZone}`] : [...scope.where, ...live]),
  ];
  const extra = joins(subject, d, scope.timeZone);
  const inner = sql`SELECT ${join([...keys, ...inputs, sql`1 AS one`], ', ')}
    FROM ${fromSql}${extra.length ? join(extra, '') : Prisma.empty}
    WHERE ${join(where, ' AND ')}`;
  const outKeys = [0, 1].map((i) => (i < n ? raw(`b.g${i}${subject.nativeKeys ? '::text' : ''}`) : sql`NULL::text`));
  // Normalised: 0 detail, 1 subtotal of the first group, 3 grand total (whatever the number of groups).
  const grp = n === 0 ? sql`3` : n === 1 ? sql`GROUPING(b.g0) * 3` : sql`GROUPING(b.g0, b.g1)`;
  return sql`SELECT ${outKeys[0]} AS g0, ${outKeys[1]} AS g1, ${grp}::int AS grp, ${join(measures, ', ')}
    FROM (${days ? perGroup(inner, n) : inner}) b${groupingSets(n)}
    ORDER BY grp DESC LIMIT ${MAX_REPORT_ROWS + 1}`;
}
