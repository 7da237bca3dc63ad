// A list view (filter, visible columns in order, sort) and how the quick search combines with the filter.
import type { ClientFilter } from '@veza/shared';
import type { ReactNode } from 'react';

/** A sort key as a saved view stores it (checked by the API when used). */
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

/** Lets the app plug the saved-views selector into the list without the two features importing each other. */
export type ViewsBarComponent = (props: { current: ListView; onApply: (view: ListView | null) => void }) => ReactNode;

/** The filter sent to the API, and where the builder's filter sits in it (for mapping server errors). */
export function combineFilter(
  search: string,
  filter: ClientFilter | null,
): { filter: ClientFilter | null; prefix: string } {
  const text = search.trim();
  if (!text) return { filter, prefix: 'filter' };
  if (!filter) return { filter: { search: text }, prefix: 'filter.none' };
  return { filter: { and: [{ search: text }, filter] }, prefix: 'filter.and.1' };
}

/** The inverse of combineFilter, for a filter stored in a saved view. */
export function splitFilter(filter: ClientFilter | null): { search: string; filter: ClientFilter | null } {
  if (!filter) return { search: '', filter: null };
  if (filter.search != null) return { search: filter.search, filter: null };
  const [first, second, ...rest] = filter.and ?? [];
  if (first?.search != null && second && rest.length === 0) return { search: first.search, filter: second };
  return { search: '', filter };
}
