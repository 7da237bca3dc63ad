// How a saved view becomes a list view (lib/list-view.ts, shared with the client and opportunity lists) and back.
import type { ClientFilter } from '@veza/shared';
import type { OpportunityFilter, SavedViewEntity } from '@veza/shared/graphql-types';
import type { ListView, OpportunityListView, ViewSort } from '../../../lib/list-view.ts';

export type { ListView, OpportunityListView, SavedViewEntity };
export type AnyListView = ListView | OpportunityListView;

interface StoredView {
  entity: SavedViewEntity;
  filter: unknown;
  columns: string[];
  sort: {
    field: ViewSort['field'];
    opportunityField: OpportunityListView['sort'][number]['field'] | null;
    attribute: string | null;
    direction: 'ASC' | 'DESC';
  }[];
}

function toOpportunityView(view: StoredView): OpportunityListView {
  return {
    filter: (view.filter as OpportunityFilter | null) ?? null,
    columns: [...view.columns],
    sort: view.sort.flatMap((s) => (s.opportunityField ? [{ field: s.opportunityField, direction: s.direction }] : [])),
  };
}

export function toListView(view: StoredView): AnyListView {
  if (view.entity === 'OPPORTUNITY') return toOpportunityView(view);
  return {
    filter: (view.filter as ClientFilter | null) ?? null,
    columns: [...view.columns],
    sort: view.sort.map((s) =>
      s.field ? { field: s.field, direction: s.direction } : { attribute: s.attribute, direction: s.direction },
    ),
  };
}

/** The mutation input for a view of `entity` (opportunity views use their own filter and sort fields). */
export function viewInput(entity: SavedViewEntity, view: AnyListView, meta: { name: string; shared: boolean }) {
  if (entity === 'OPPORTUNITY') {
    const v = view as OpportunityListView;
    return { entity, ...meta, opportunityFilter: v.filter, opportunitySort: v.sort, columns: v.columns };
  }
  const v = view as ListView;
  return { entity, ...meta, filter: v.filter, sort: v.sort, columns: v.columns };
}

/** Key-order-independent comparison, so "modified" does not light up for an equal filter written differently. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}

export function sameView(a: AnyListView, b: AnyListView): boolean {
  const norm = (v: AnyListView) => ({
    ...v,
    sort: (v.sort as { direction?: string | null }[]).map((s) => ({ ...s, direction: s.direction ?? 'ASC' })),
  });
  return JSON.stringify(canonical(norm(a))) === JSON.stringify(canonical(norm(b)));
}
