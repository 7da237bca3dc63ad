// The list view shape this feature stores (structurally the client list's), and how a saved view becomes one.
import type { ClientFilter } from '@veza/shared';

export interface ViewSort {
  field?: string | null;
  attribute?: string | null;
  direction?: 'ASC' | 'DESC' | null;
}

export interface ListView {
  filter: ClientFilter | null;
  columns: string[];
  sort: ViewSort[];
}

interface StoredView {
  filter: unknown;
  columns: string[];
  sort: { field: string | null; attribute: string | null; direction: 'ASC' | 'DESC' }[];
}

export function toListView(view: StoredView): ListView {
  return {
    filter: (view.filter as ClientFilter | null) ?? null,
    columns: [...view.columns],
    sort: view.sort.map((s) =>
      s.field ? { field: s.field, direction: s.direction } : { attribute: s.attribute, direction: s.direction },
    ),
  };
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

export function sameView(a: ListView, b: ListView): boolean {
  const norm = (v: ListView) => ({ ...v, sort: v.sort.map((s) => ({ ...s, direction: s.direction ?? 'ASC' })) });
  return JSON.stringify(canonical(norm(a))) === JSON.stringify(canonical(norm(b)));
}
