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

const labelOf = (g: { key?: string | null; label?: string | null } | undefined, none: string) =>
  g?.label ?? g?.key ?? none;

/** Chart rows keyed by the first group's label, series = measures (one grouping) or second groups (two). */
export function chartData(
  rows: readonly Row[],
  groups: number,
  none: string,
): { data: Record<string, string | number>[]; series: string[] } {
  const details = rows.filter((r) => r.level === 'DETAIL');
  if (groups < 2) {
    const data = details.map((r) => ({
      name: labelOf(r.groups[0], none),
      ...Object.fromEntries(r.values.map((v, i) => [`m${i}`, v ?? 0])),
    }));
    return { data, series: details[0]?.values.map((_, i) => `m${i}`) ?? [] };
  }
  const byFirst = new Map<string, Record<string, string | number>>();
  const series = new Set<string>();
  for (const r of details) {
    const name = labelOf(r.groups[0], none);
    const second = labelOf(r.groups[1], none);
    series.add(second);
    byFirst.set(name, { ...(byFirst.get(name) ?? { name }), [second]: r.values[0] ?? 0 });
  }
  return { data: [...byFirst.values()], series: [...series] };
}
