// The report builder's state and its translation to and from a report definition, the measures a subject offers,
// and the chart data (one series per measure, or per second group when there are two groupings).
import {
  REPORT_CATALOG,
  type ClientFilter,
  type ReportChart,
  type ReportDefinition,
  type ReportDimension,
  type ReportSubject,
} from '@veza/shared';

export type BuilderState = {
  subject: ReportSubject;
  dateField: string;
  /** yyyy-mm-dd, '' for open. */
  from: string;
  to: string;
  statuses: string[];
  typeKeys: string[];
  /** The client filter (filter language; user-defined attributes too), null for all clients. */
  client: ClientFilter | null;
  /** Only these agents' records (user ids); empty for everyone the viewer may see. */
  agentIds: string[];
  groupBy: ReportDimension[];
  /** `COUNT` or `FN:FIELD`, e.g. `SUM:WORK_MINUTES`. */
  measures: string[];
  chart: ReportChart;
};

const day = (instant: string | null | undefined) => (instant ? instant.slice(0, 10) : '');

export function stateFromDefinition(d: ReportDefinition, chart: ReportChart): BuilderState {
  return {
    subject: d.subject,
    dateField: d.dateField ?? REPORT_CATALOG[d.subject].dateFields[0],
    from: day(d.filter?.from),
    to: day(d.filter?.to),
    statuses: d.filter?.statuses ?? [],
    typeKeys: d.filter?.typeKeys ?? [],
    client: d.filter?.client ?? null,
    agentIds: d.filter?.agentIds ?? [],
    groupBy: d.groupBy.map((g) => g.dimension).filter((g) => g !== 'ATTRIBUTE'),
    measures: d.measures.map((m) => (m.field ? `${m.fn}:${m.field}` : m.fn)),
    chart,
  };
}

/**
 * A ready-made report opens on the last twelve months (this month and the eleven before it, to today) when it has no
 * period of its own: a year is what the seeds' statistics are read over, and a chart of every month since the start
 * says little. Saved templates keep the period their owner chose, an open one too.
 */
export function withDefaultPeriod(s: BuilderState, today = new Date()): BuilderState {
  if (s.from || s.to) return s;
  const start = new Date(today.getFullYear(), today.getMonth() - 11, 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ...s, from: `${start.getFullYear()}-${pad(start.getMonth() + 1)}-01` };
}

/** Days are read in the browser's time zone: [from 00:00, the day after `to` 00:00). */
function instant(value: string, dayAfter = false): string | null {
  if (!value) return null;
  const d = new Date(`${value}T00:00:00`);
  if (dayAfter) d.setDate(d.getDate() + 1);
  return d.toISOString();
}

export function definitionOf(s: BuilderState): ReportDefinition {
  return {
    subject: s.subject,
    dateField: s.dateField,
    filter: {
      from: instant(s.from),
      to: instant(s.to, true),
      statuses: s.statuses.length ? s.statuses : null,
      typeKeys: s.subject === 'ACTIVITIES' && s.typeKeys.length ? s.typeKeys : null,
      agentIds: s.agentIds.length ? s.agentIds : null,
      client: s.client,
    },
    groupBy: s.groupBy.map((dimension) => ({ dimension })),
    measures: s.measures.map((m) => {
      const [fn, field] = m.split(':') as [ReportDefinition['measures'][number]['fn'], string | undefined];
      return field ? { fn, field } : { fn };
    }),
  };
}

const NUMBER_FNS = ['SUM', 'AVG', 'MIN', 'MAX', 'MEDIAN'] as const;

export function measureOptions(subject: ReportSubject): string[] {
  const fields = Object.entries(REPORT_CATALOG[subject].fields);
  return [
    'COUNT',
    ...fields.flatMap(([field, kind]) =>
      kind === 'NUMBER' ? NUMBER_FNS.map((fn) => `${fn}:${field}`) : kind === 'FLAG' ? [`RATE:${field}`] : [],
    ),
  ];
}

/** A subject change keeps what still fits the new subject. */
export function withSubject(s: BuilderState, subject: ReportSubject): BuilderState {
  const catalog = REPORT_CATALOG[subject];
  const measures = s.measures.filter((m) => measureOptions(subject).includes(m));
  return {
    ...s,
    subject,
    dateField: catalog.dateFields[0],
    statuses: s.statuses.filter((x) => catalog.statuses.includes(x)),
    typeKeys: subject === 'ACTIVITIES' ? s.typeKeys : [],
    groupBy: s.groupBy.filter((g) => catalog.dimensions.includes(g)),
    measures: measures.length ? measures : ['COUNT'],
  };
}

type Row = { level: string; groups: { key?: string | null; label?: string | null }[]; values: (number | null)[] };
type Column = { kind: string; dimension?: string | null; fn?: string | null };

const labelOf = (g: { key?: string | null; label?: string | null } | undefined, none: string) =>
  g?.label ?? g?.key ?? none;

const DATE_DIMENSIONS = new Set(['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR']);

/**
 * Chart rows and series. One grouping: a row per group, a series per measure — only the measures of the first
 * one's kind (shares 0–1 next to counts or minutes would be a flat line on the same axis). Two groupings: the first
 * measure, pivoted: the x axis is the date grouping when there is one (periods in order, a series per agent, type …),
 * otherwise the first grouping, with the other grouping's values as series.
 */
export function chartData(
  rows: readonly Row[],
  columns: readonly Column[],
  none: string,
): { data: Record<string, string | number>[]; series: string[] } {
  const dims = columns.filter((c) => c.kind === 'GROUP');
  const measures = columns.filter((c) => c.kind !== 'GROUP');
  const details = rows.filter((r) => r.level === 'DETAIL');
  if (dims.length < 2) {
    const rate = measures[0]?.fn === 'RATE';
    const shown = measures.map((m, i) => ((m.fn === 'RATE') === rate ? i : -1)).filter((i) => i >= 0);
    const data = details.map((r) => ({
      name: labelOf(r.groups[0], none),
      ...Object.fromEntries(shown.map((i) => [`m${i}`, r.values[i] ?? 0])),
    }));
    return { data, series: details.length ? shown.map((i) => `m${i}`) : [] };
  }
  const [x, s] =
    DATE_DIMENSIONS.has(dims[1]!.dimension ?? '') && !DATE_DIMENSIONS.has(dims[0]!.dimension ?? '') ? [1, 0] : [0, 1];
  const ordered =
    x === 1 ? [...details].sort((a, b) => (a.groups[1]?.key ?? '').localeCompare(b.groups[1]?.key ?? '')) : details;
  const byX = new Map<string, Record<string, string | number>>();
  const series = new Set<string>();
  for (const r of ordered) {
    const name = labelOf(r.groups[x], none);
    const other = labelOf(r.groups[s], none);
    series.add(other);
    byX.set(name, { ...(byX.get(name) ?? { name }), [other]: r.values[0] ?? 0 });
  }
  return { data: [...byX.values()], series: [...series] };
}
