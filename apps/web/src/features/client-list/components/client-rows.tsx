// The client list's rows (the table, or cards on a phone) with the pages they are read in. The pages live here, not
// in the page: a page arriving while the user scrolls renders this part only — with them in the page, every page's
// arrival (and its "loading more" before it) rendered the header, the toolbar, the saved views and the filter builder
// again, the long frames of `pnpm bench:web`'s scroll (docs/perf-notes/s9-web.md).
import type { OnChangeFn, SortingState } from '@tanstack/react-table';
import type { ClientFilter } from '@veza/shared';
import { memo, useEffect } from 'react';
import type { DataColumn } from '../../../components/data-table/table-features.ts';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { ClientOrderInput } from '../api/client-list-query.ts';
import { useClientList, type ClientRow } from '../hooks/use-client-list.ts';
import { columnWidth } from '../lib/columns.ts';
import { ClientCards } from './client-cards.tsx';

/** What the page around the rows shows of them: the size of the list and whether its first page is there. */
export type ClientListSummary = Pick<
  ReturnType<typeof useClientList>,
  'totalCount' | 'countExact' | 'loading' | 'error'
>;

export const LOADING_SUMMARY: ClientListSummary = { totalCount: 0, countExact: true, loading: true, error: undefined };

interface Props {
  filter: ClientFilter | null;
  orderBy: ClientOrderInput[];
  phone: boolean;
  label: string;
  emptyText: string;
  columns: DataColumn<ClientRow>[];
  /** The exact count when known (for assistive technology), else null. */
  exactTotal: number | null;
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  /** Told when the list's size, its first page's loading or its error change (not when more pages arrive). */
  onSummary: (summary: ClientListSummary) => void;
}

function ClientRowsView({ filter, orderBy, phone, label, emptyText, columns, exactTotal, onSummary, ...sort }: Props) {
  const list = useClientList(filter, orderBy);
  const { totalCount, countExact, loading, error } = list;
  useEffect(
    () => onSummary({ totalCount, countExact, loading, error }),
    [totalCount, countExact, loading, error, onSummary],
  );
  if (phone)
    return (
      <ClientCards
        label={label}
        rows={list.rows}
        loading={list.loading}
        emptyText={emptyText}
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        onLoadMore={list.loadMore}
      />
    );
  return (
    <DataTable
      label={label}
      columnWidth={columnWidth}
      rows={list.rows}
      columns={columns}
      totalCount={exactTotal}
      loading={list.loading}
      emptyText={emptyText}
      sorting={sort.sorting}
      onSortingChange={sort.onSortingChange}
      hasMore={list.hasMore}
      loadingMore={list.loadingMore}
      onLoadMore={list.loadMore}
    />
  );
}

/** Memoised: the page renders again as the user types or opens the filter, the rows only when their inputs change. */
export const ClientRows = memo(ClientRowsView);
