// How a saved view becomes a list view (lib/list-view.ts, shared with the client list) and back.
import type { ClientFilter } from '@veza/shared';
import type { ListView, ViewSort } from '../../../lib/list-view.ts';

export type { ListView };

interface StoredView {
  filter: unknown;
  columns: string[];
  sort: { field: ViewSort['field']; attribute: string | null; direction: 'ASC' | 'DESC' }[];
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
