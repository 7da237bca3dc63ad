// Runs a report cell's drill-down (the shared reportDrillDown) through the lists' GraphQL queries and returns the
// list's total, so a test can compare it with the cell's count.
import { reportDrillDown, toGlobalId, type DrillContext, type DrillGroup, type ReportDefinition } from '@veza/shared';
import type { TestApi } from '../../test/api.ts';
import type { Result, TestUser } from './report-test-kit.ts';

const ACTIVITIES = `query($f: ActivityFilter) { activities(filter: $f, first: 1) { totalCount } }`;
const OPPORTUNITIES = `query($f: OpportunityFilter) { opportunities(filter: $f, first: 1) { totalCount } }`;
const CLIENTS = `query($f: ClientFilter) { clients(filter: $f, first: 1) { totalCount } }`;
const CAMPAIGN = `query($id: ID!) { campaign(id: $id) { items(first: 1) { totalCount } } }`;
const ME = `{ me { user { id timeZone } permissions scopes { kind read } } }`;

type Row = Result['rows'][number] & { groups: DrillGroup[] };
export type Cell = { groups: readonly DrillGroup[]; depth: number; count: number; name: string };

/** The viewer's drill context: time zone, permissions and dictionary keys by global id. */
export async function drillContext(api: TestApi, who: TestUser): Promise<DrillContext> {
  const me = await api.gql<{
    me: { user: { timeZone: string }; permissions: string[]; scopes: { kind: string; read: string }[] };
  }>(ME, {}, who);
  const keys = new Map<string, string>();
  for (const v of await api.db.dictionaryValue.findMany({ select: { id: true, key: true } }))
    keys.set(toGlobalId('DictionaryValue', v.id), v.key);
  const can = new Set(me.data!.me.permissions);
  return {
    timeZone: me.data!.me.user.timeZone,
    viewerId: who.id,
    reportsAll: can.has('reports.read'),
    activitiesAll: me.data!.me.scopes.find((s) => s.kind === 'ACTIVITIES')?.read !== 'OWN',
    campaignsAll: can.has('campaigns.manage'),
    keyOf: (id) => keys.get(id),
  };
}

/** Every detail row, every subtotal and the grand total of a result, with the COUNT measure at `countAt`. */
export function cellsOf(result: Result, countAt = 0): Cell[] {
  const rows = result.rows as Row[];
  const depthOf = (r: Row) => (r.level === 'SUBTOTAL' ? 1 : r.groups.length);
  return [
    ...rows.map((r) => ({
      groups: r.groups,
      depth: depthOf(r),
      count: r.values[countAt]!,
      name: `${r.level} ${r.groups.map((g) => g.label ?? g.key ?? '∅').join(' / ')}`,
    })),
    { groups: [], depth: 0, count: result.totals[countAt]!, name: 'TOTAL' },
  ];
}

/** The list's total for a cell, or null when the cell has no drill-down. */
export async function drillTotal(
  api: TestApi,
  who: TestUser,
  d: ReportDefinition,
  cell: Cell,
  c: DrillContext,
): Promise<number | null> {
  const target = reportDrillDown(d, cell.groups, cell.depth, c);
  if (!target) return null;
  const query = async <T>(text: string, variables: Record<string, unknown>) => {
    const res = await api.gql<T>(text, variables, who);
    if (res.errors) throw new Error(`${cell.name}: ${JSON.stringify(res.errors)} ${JSON.stringify(variables)}`);
    return res.data!;
  };
  switch (target.list) {
    case 'ACTIVITIES':
      return (await query<{ activities: { totalCount: number } }>(ACTIVITIES, { f: target.filter })).activities
        .totalCount;
    case 'OPPORTUNITIES':
      return (await query<{ opportunities: { totalCount: number } }>(OPPORTUNITIES, { f: target.filter })).opportunities
        .totalCount;
    case 'CLIENTS':
      return (await query<{ clients: { totalCount: number } }>(CLIENTS, { f: target.filter })).clients.totalCount;
    case 'CAMPAIGN':
      return (await query<{ campaign: { items: { totalCount: number } } }>(CAMPAIGN, { id: target.campaignId }))
        .campaign.items.totalCount;
  }
}
