// Turns grouped SQL rows into the report result: columns, detail and subtotal rows sorted by their labels, totals.
// Group keys that are records (users, clients, dictionary values, campaigns) are labelled through the request's
// loaders: one batched lookup per kind.
import { labelIn, toGlobalId, type LabelSet, type ReportDefinition } from '@veza/shared';
import type { Context } from '../../graphql/context.ts';
import { SUBJECTS, type LabelKind } from './report-subjects.sql.ts';
import { MAX_REPORT_ROWS } from './report-query.sql.ts';
import type { ReportSqlRow } from './reports.repository.ts';

export type ReportGroupValue = { key: string | null; id: string | null; label: string | null };
export type ReportRowLevel = 'DETAIL' | 'SUBTOTAL' | 'TOTAL';
export type ReportResultRow = { groups: ReportGroupValue[]; values: (number | null)[]; level: ReportRowLevel };
export type ReportColumn = {
  key: string;
  kind: 'GROUP' | 'MEASURE';
  dimension: string | null;
  attributeKey: string | null;
  fn: string | null;
  field: string | null;
};
export type ReportResult = {
  definition: ReportDefinition;
  columns: ReportColumn[];
  rows: ReportResultRow[];
  totals: (number | null)[];
  truncated: boolean;
  baseCurrency: string | null;
};

const DATE_DIMENSIONS = new Set(['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR']);

export function labelKind(d: ReportDefinition, i: number): LabelKind {
  const dim = d.groupBy[i]!.dimension;
  if (DATE_DIMENSIONS.has(dim)) return 'DATE';
  if (dim === 'AGENT' || dim === 'TEAM') return 'USER';
  if (dim === 'ATTRIBUTE') return 'TEXT';
  return SUBJECTS[d.subject].dims[dim]!.label;
}

type Labeller = (key: string) => { id: string | null; label: string | null };

async function labeller(ctx: Context, kind: LabelKind, keys: string[]): Promise<Labeller> {
  const locale = ctx.viewer!.user.locale;
  const found = new Map<string, { id: string; label: string }>();
  if (kind === 'USER')
    (await ctx.loaders.userById.loadMany(keys)).forEach((u, i) => {
      if (u && !(u instanceof Error)) found.set(keys[i]!, { id: toGlobalId('User', u.id), label: u.name });
    });
  if (kind === 'CLIENT')
    (await ctx.loaders.clientById.loadMany(keys)).forEach((c, i) => {
      if (c && !(c instanceof Error)) found.set(keys[i]!, { id: toGlobalId('Client', c.id), label: c.name });
    });
  if (kind === 'DICTIONARY')
    (await ctx.loaders.dictionaryValueById.loadMany(keys)).forEach((v, i) => {
      if (v && !(v instanceof Error))
        found.set(keys[i]!, {
          id: toGlobalId('DictionaryValue', v.row.id),
          label: labelIn(v.row.labels as Partial<LabelSet>, locale),
        });
    });
  if (kind === 'CAMPAIGN')
    (await ctx.loaders.campaignById.loadMany(keys)).forEach((k, i) => {
      if (k && !(k instanceof Error)) found.set(keys[i]!, { id: toGlobalId('Campaign', k.id), label: k.name });
    });
  return (key) => found.get(key) ?? { id: null, label: kind === 'TEXT' || kind === 'DATE' ? key : null };
}

function columnsOf(d: ReportDefinition): ReportColumn[] {
  return [
    ...d.groupBy.map((g, i) => ({
      key: `g${i}`,
      kind: 'GROUP' as const,
      dimension: g.dimension,
      attributeKey: g.attributeKey ?? null,
      fn: null,
      field: null,
    })),
    ...d.measures.map((m, i) => ({
      key: `m${i}`,
      kind: 'MEASURE' as const,
      dimension: null,
      attributeKey: null,
      fn: m.fn,
      field: m.field ?? null,
    })),
  ];
}

const LEVEL: Record<number, ReportRowLevel> = { 0: 'DETAIL', 1: 'SUBTOTAL', 3: 'TOTAL' };

/** The default locale's collation, as `localeCompare` without arguments, built once (it was most of the sort). */
const collator = new Intl.Collator();

/** Details sorted by first label, each first-group block followed by its subtotal; null keys last. */
function compareRows(a: ReportResultRow, b: ReportResultRow): number {
  for (let i = 0; i < a.groups.length; i += 1) {
    const [x, y] = [a.groups[i]!, b.groups[i]!];
    if (i === 1 && a.level !== b.level) return a.level === 'SUBTOTAL' ? 1 : -1;
    if ((x.key == null) !== (y.key == null)) return x.key == null ? 1 : -1;
    const c =
      collator.compare(x.label ?? x.key ?? '', y.label ?? y.key ?? '') || collator.compare(x.key ?? '', y.key ?? '');
    if (c) return c;
  }
  return 0;
}

export async function shapeReport(
  ctx: Context,
  d: ReportDefinition,
  sqlRows: ReportSqlRow[],
  baseCurrency: string | null,
): Promise<ReportResult> {
  const truncated = sqlRows.length > MAX_REPORT_ROWS;
  const rows = sqlRows.slice(0, MAX_REPORT_ROWS);
  const values = (r: ReportSqlRow) => d.measures.map((_, i) => (r[`m${i}`] as number | null) ?? null);
  const labels = await Promise.all(
    d.groupBy.map((_, i) => {
      const keys = [...new Set(rows.flatMap((r) => (r[`g${i}`] != null ? [r[`g${i}`] as string] : [])))];
      return labeller(ctx, labelKind(d, i), keys);
    }),
  );
  const total = rows.find((r) => r.grp === 3);
  const body = rows
    .filter((r) => r.grp !== 3)
    .map((r) => ({
      level: LEVEL[r.grp] ?? 'DETAIL',
      values: values(r),
      groups: d.groupBy.map((_, i) => {
        const key = (r[`g${i}`] as string | null) ?? null;
        return key == null ? { key, id: null, label: null } : { key, ...labels[i]!(key) };
      }),
    }))
    .sort(compareRows);
  const totals = total ? values(total) : d.measures.map((m) => (m.fn === 'COUNT' ? 0 : null));
  return { definition: d, columns: columnsOf(d), rows: body, totals, truncated, baseCurrency };
}
