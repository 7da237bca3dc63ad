// What the opportunity list shows: name search, status, the shared filters, visible columns in order and the sort;
// a saved view replaces them all.
import type { SortingState } from '@tanstack/react-table';
import type { OpportunityFilter } from '@veza/shared/graphql-types';
import { useMemo, useState } from 'react';
import type { OpportunityListView } from '../../../lib/list-view.ts';
import { attributeFilterInput, type AttributeCondition } from '../components/attribute-filter.tsx';
import { DEFAULT_COLUMNS, orderToSorting, sortingToOrder } from '../lib/list-columns.ts';

export type ListStatus = 'ALL' | 'OPEN' | 'WON' | 'LOST';

/** Drops empty parts so equal views compare equal and the API gets no empty conditions. */
export function compactFilter(filter: OpportunityFilter): OpportunityFilter | null {
  const attributes = attributeFilterInput(filter.attributes as AttributeCondition | null);
  const entries = Object.entries({ ...filter, attributes }).filter(
    ([, v]) => v != null && v !== '' && !(Array.isArray(v) && v.length === 0),
  );
  return entries.length ? Object.fromEntries(entries) : null;
}

/** `initial`: a filter handed over in a link (lib/record-list-links.ts), else the open opportunities. */
export function useOpportunityListState(initial: OpportunityFilter | null = null) {
  const { status: initialStatus, text: initialText, ...initialFilter } = initial ?? { status: 'OPEN' as const };
  const [search, setSearch] = useState(initialText ?? '');
  const [status, setStatus] = useState<ListStatus>(initialStatus ?? 'ALL');
  const [filter, setFilter] = useState<OpportunityFilter>(initialFilter);
  const [columns, setColumns] = useState<string[]>([...DEFAULT_COLUMNS]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const orderBy = useMemo(() => sortingToOrder(sorting), [sorting]);

  /** The filter as the API and a saved view take it (the search is debounced by the caller). */
  const apiFilter = (text: string) =>
    compactFilter({ ...filter, status: status === 'ALL' ? null : status, text: text.trim() || null });

  const applyView = (view: OpportunityListView | null) => {
    const { text, status: viewStatus, ...rest } = view?.filter ?? { status: 'OPEN' as const };
    setSearch(text ?? '');
    setStatus(viewStatus ?? 'ALL');
    setFilter(rest);
    setColumns(view ? view.columns : [...DEFAULT_COLUMNS]);
    setSorting(orderToSorting(view?.sort ?? []));
  };

  return {
    search,
    setSearch,
    status,
    setStatus,
    filter,
    setFilter,
    columns,
    setColumns,
    sorting,
    setSorting,
    orderBy,
    apiFilter,
    applyView,
    view: (text: string): OpportunityListView => ({ filter: apiFilter(text), columns, sort: orderBy }),
  };
}
