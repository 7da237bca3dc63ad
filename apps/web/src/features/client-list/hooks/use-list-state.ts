// What the list shows: quick search, applied filter, visible columns in order and sort; a view replaces them all.
import type { SortingState } from '@tanstack/react-table';
import type { ClientFilter } from '@veza/shared';
import { useMemo, useState } from 'react';
import { combineFilter, splitFilter, type ListView } from '../lib/list-view.ts';
import { orderToSorting, sortingToOrder } from '../lib/sort.ts';

/** The same array while it holds the same ids (by value, not by identity). */
function useSameIds(ids: string[] | null): string[] | null {
  const key = ids ? JSON.stringify(ids) : null;
  return useMemo(() => (key === null ? null : (JSON.parse(key) as string[])), [key]);
}

/** `initialFilter`: a filter the page was opened with (a link); a view or the builder replaces it as usual. */
export function useListState(initialColumns: () => string[], initialFilter: ClientFilter | null = null) {
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<ClientFilter | null>(initialFilter);
  const [columns, setColumns] = useState<string[] | null>(null);
  const [sorting, setSorting] = useState<SortingState>([]);

  /**
   * Columns stay "default" (null) until chosen, so attribute columns appear once their definitions load. The default
   * list is rebuilt on every render, so it is kept while its ids are the same: a new array is new column definitions,
   * and every visible row of the table rendered again at each page's arrival while scrolling (docs/PERFORMANCE.md,
   * "Session 9").
   */
  const defaults = useSameIds(columns ? null : initialColumns());
  const visibleColumns = columns ?? defaults ?? [];
  const orderBy = useMemo(() => sortingToOrder(sorting), [sorting]);

  const applyView = (view: ListView | null) => {
    const split = splitFilter(view?.filter ?? null);
    setSearch(split.search);
    setFilter(split.filter);
    setColumns(view ? view.columns : null);
    setSorting(orderToSorting(view?.sort ?? []));
  };

  return {
    search,
    setSearch,
    filter,
    setFilter,
    columns: visibleColumns,
    setColumns,
    sorting,
    setSorting,
    orderBy,
    applyView,
    /** The view as it would be saved (the quick search goes into the filter). */
    view: (debouncedSearch: string): ListView => ({
      filter: combineFilter(debouncedSearch, filter).filter,
      columns: visibleColumns,
      sort: orderBy,
    }),
  };
}
