// Runs a report and each cell's drill-down target as runReport returns it (row.drill, totalDrill) through the lists'
// GraphQL queries, so a test can compare each list's total with the cell's count.
import type { TestApi } from '../../test/api.ts';
import type { Result, TestUser } from './report-test-kit.ts';

const QUERIES: Record<string, string> = {
  ACTIVITIES: `query($f: ActivityFilter) { list: activities(filter: $f, first: 1) { totalCount } }`,
  OPPORTUNITIES: `query($f: OpportunityFilter) { list: opportunities(filter: $f, first: 1) { totalCount } }`,
  CLIENTS: `query($f: ClientFilter) { list: clients(filter: $f, first: 1) { totalCount } }`,
  CAMPAIGN_ITEMS: `query($f: CampaignItemFilter) { list: campaignItems(filter: $f, first: 1) { totalCount } }`,
};

const RUN = `query($d: ReportDefinitionInput!) { runReport(definition: $d) {
  rows { level groups { key id label } values drill { list filter } } totals totalDrill { list filter } truncated } }`;

export type Drill = { list: string; filter: unknown };
type Row = Result['rows'][number] & { drill: Drill | null };
export type DrilledResult = Omit<Result, 'rows'> & { rows: Row[]; totalDrill: Drill | null };
export type Cell = { drill: Drill | null; count: number; name: string };

export async function runWithDrills(api: TestApi, who: TestUser, d: unknown): Promise<DrilledResult> {
  const res = await api.gql<{ runReport: DrilledResult }>(RUN, { d }, who);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.runReport;
}

/** Every detail row, every subtotal and the grand total of a result, with the COUNT measure at `countAt`. */
export function cellsOf(result: DrilledResult, countAt = 0): Cell[] {
  return [
    ...result.rows.map((r) => ({
      drill: r.drill,
      count: r.values[countAt]!,
      name: `${r.level} ${r.groups.map((g) => g.label ?? g.key ?? '∅').join(' / ')}`,
    })),
    { drill: result.totalDrill, count: result.totals[countAt]!, name: 'TOTAL' },
  ];
}

/** The list's total for a cell, or null when the cell has no drill-down. */
export async function drillTotal(api: TestApi, who: TestUser, cell: Cell): Promise<number | null> {
  if (!cell.drill) return null;
  const variables = { f: cell.drill.filter };
  const res = await api.gql<{ list: { totalCount: number } }>(QUERIES[cell.drill.list]!, variables, {
    cookie: who.cookie,
  });
  if (res.errors) throw new Error(`${cell.name}: ${JSON.stringify(res.errors)} ${JSON.stringify(variables)}`);
  return res.data!.list.totalCount;
}
