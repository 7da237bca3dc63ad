// How the quick search combines with a list view's filter (the view itself: lib/list-view.ts).
import type { ClientFilter } from '@veza/shared';
import type { ListView, ViewSort, ViewsBarComponent } from '../../../lib/list-view.ts';

export type { ListView, ViewSort, ViewsBarComponent };

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
