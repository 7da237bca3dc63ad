// The records behind a report cell: runReport returns each row's drill-down target (the list and its filter whose
// total is the cell's count, decided by the API with the viewer's scopes); this turns it into that list's address.
import { FILTER_PARAM, encodeFilterParam } from '../../../lib/filter-link.ts';
import type { ReportResult } from './report-result.ts';

export type ReportDrill = { list: string; filter?: unknown } | null | undefined;
type Row = ReportResult['rows'][number];

/** Each list reads its filter back from the address with the shared schema of that filter (lib/filter-link.ts). */
const LIST_PATHS: Record<string, string> = {
  ACTIVITIES: '/activities',
  OPPORTUNITIES: '/opportunities/list',
  CLIENTS: '/clients',
  CAMPAIGN_ITEMS: '/campaign-items',
};

/** The address of a drill-down target, or null (no target, or a list this app does not know). */
export function drillHref(drill: ReportDrill): string | null {
  const path = drill ? LIST_PATHS[drill.list] : undefined;
  if (!drill || !path) return null;
  return drill.filter == null ? path : `${path}?${FILTER_PARAM}=${encodeFilterParam(drill.filter)}`;
}

/**
 * The target of a row's first `depth` groups: the row's own (a detail: all its groups; a subtotal: its first), or for
 * the first group of a two-group detail the subtotal row of that group.
 */
export function rowDrill(rows: readonly Row[], row: Row, depth: number): ReportDrill {
  const own = row.level === 'SUBTOTAL' ? 1 : row.groups.length;
  if (depth === own) return row.drill;
  const key = row.groups[0]?.key ?? null;
  return rows.find((r) => r.level === 'SUBTOTAL' && (r.groups[0]?.key ?? null) === key)?.drill;
}
