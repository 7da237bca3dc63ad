// Each cell's drill-down target, returned with the report result: the list (and its filter) whose total is the
// cell's count (drill-targets.ts), decided here with what the server knows of the viewer — the report scope (own
// records without reports.read) against the list's own scope, dictionary keys, attribute types.
import { ATTRIBUTE_VALUE_TYPE, fromGlobalId, toGlobalId, type ReportDefinition } from '@veza/shared';
import { hasPermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { loadAttributeDefs } from '../attributes/index.ts';
import { scopeOf } from '../visibility/index.ts';
import type { DrillContext } from './drill-groups.ts';
import { reportDrillDown, type DrillTarget } from './drill-targets.ts';
import type { ReportResult, ReportResultRow } from './report-result.ts';

export type ReportDrill = { list: DrillTarget['list']; filter: unknown };
export type DrilledRow = ReportResultRow & { drill: ReportDrill | null };
export type DrilledResult = Omit<ReportResult, 'rows'> & { rows: DrilledRow[]; totalDrill: ReportDrill | null };

/** The dictionary keys of the result's group ids (the loaders already hold them from labelling). */
async function dictionaryKeys(ctx: Context, result: ReportResult): Promise<Map<string, string>> {
  const globalIds = new Set<string>();
  for (const r of result.rows) for (const g of r.groups) if (g.id) globalIds.add(g.id);
  const ids: string[] = [];
  for (const globalId of globalIds) {
    const parsed = fromGlobalId(globalId);
    if (parsed?.type === 'DictionaryValue') ids.push(parsed.id);
  }
  const keys = new Map<string, string>();
  for (const v of await ctx.loaders.dictionaryValueById.loadMany(ids))
    if (v && !(v instanceof Error)) keys.set(toGlobalId('DictionaryValue', v.row.id), v.row.key);
  return keys;
}

/** Text attribute values that differ only in case within one grouping (the filter cannot tell them apart). */
function caseTwins(d: ReportDefinition, result: ReportResult): (key: string, value: string) => boolean {
  const twins = new Map<string, Set<string>>();
  d.groupBy.forEach((g, i) => {
    if (g.dimension !== 'ATTRIBUTE' || !g.attributeKey) return;
    const seen = new Map<string, Set<string>>();
    for (const row of result.rows) {
      const key = row.groups[i]?.key;
      if (key != null) seen.set(key.toLowerCase(), (seen.get(key.toLowerCase()) ?? new Set()).add(key));
    }
    const set = twins.get(g.attributeKey) ?? new Set<string>();
    for (const variants of seen.values()) if (variants.size > 1) for (const v of variants) set.add(v);
    twins.set(g.attributeKey, set);
  });
  // A cut-off result may hide a twin: no text attribute links then.
  return (key, value) => result.truncated || !!twins.get(key)?.has(value);
}

async function drillContext(ctx: Context, d: ReportDefinition, result: ReportResult): Promise<DrillContext> {
  const viewer = ctx.viewer!;
  const keys = await dictionaryKeys(ctx, result);
  const attributes = d.groupBy.some((g) => g.dimension === 'ATTRIBUTE')
    ? new Map((await loadAttributeDefs(ctx.db, 'CLIENT')).map((a) => [a.key, ATTRIBUTE_VALUE_TYPE[a.type]]))
    : new Map();
  return {
    timeZone: viewer.user.timeZone,
    viewerId: toGlobalId('User', viewer.user.id),
    reportsAll: hasPermission(ctx, 'reports.read'),
    activitiesAll: scopeOf(viewer, 'ACTIVITIES', 'read') !== 'OWN',
    keyOf: (id) => keys.get(id),
    attributeType: (key) => attributes.get(key),
    ambiguousText: caseTwins(d, result),
  };
}

/**
 * A result row whose drill-down target is built when it is first read: GraphQL reads `drill` only when the query asks
 * for it, so a report fetched without it (an export, a chart) does not build a filter per row.
 */
class LazyDrillRow implements DrilledRow {
  readonly groups: ReportResultRow['groups'];
  readonly values: ReportResultRow['values'];
  readonly level: ReportResultRow['level'];
  #drill: ReportDrill | null | undefined;

  constructor(
    row: ReportResultRow,
    private readonly target: (row: ReportResultRow) => ReportDrill | null,
  ) {
    ({ groups: this.groups, values: this.values, level: this.level } = row);
  }

  get drill(): ReportDrill | null {
    if (this.#drill === undefined) this.#drill = this.target(this);
    return this.#drill;
  }
}

/** The result with each row's target (detail: its groups; subtotal: its first group) and the total's. */
export async function withDrills(ctx: Context, result: ReportResult): Promise<DrilledResult> {
  const d = result.definition;
  const c = await drillContext(ctx, d, result);
  // The campaign-item list is for those who work or manage campaigns (reports.read alone cannot open it).
  const listable = (t: DrillTarget | null) =>
    t && (t.list !== 'CAMPAIGN_ITEMS' || hasPermission(ctx, 'campaigns.work') || hasPermission(ctx, 'campaigns.manage'))
      ? t
      : null;
  const drill = (groups: ReportResultRow['groups'], depth: number): ReportDrill | null => {
    const target = listable(reportDrillDown(d, groups, depth, c));
    return target && { list: target.list, filter: target.filter };
  };
  return {
    ...result,
    rows: result.rows.map(
      (r) => new LazyDrillRow(r, (row) => drill(row.groups, row.level === 'SUBTOTAL' ? 1 : row.groups.length)),
    ),
    totalDrill: drill([], 0),
  };
}
