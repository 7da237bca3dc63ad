// The client list's rows (the table, or cards on a phone) with the pages they are read in. The pages live here, not
// in the page: a page arriving while the user scrolls renders this part only — with them in the page, every page's
// arrival (and its "loading more" before it) rendered the header, the toolbar, the saved views and the filter builder
// again, the long frames of `pnpm bench:web`'s scroll (docs/PERFORMANCE.md, "Session 9").
import type { OnChangeFn, SortingState } from '@tanstack/react-table';
import type { ClientFilter } from '@veza/shared';
import { memo, useEffect } from 'react';
import type { DataColumn } from '../../../components/data-table/table-features.ts';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { ClientOrderInput } from '../api/client-list-query.ts';
import { useClientList, type ClientRow } from '../hooks/use-client-list.ts';
import { columnWidth } from '../lib/columns.ts';
import { ClientCards } from './client-cards.tsx';

export type ClientListError = ReturnType<typeof useClientList>['error'];

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
  /** Told when the list's error changes (the page shows it; the list's size it reads with useClientListSize). */
  onError: (error: ClientListError) => void;
}

function ClientRowsView({ filter, orderBy, phone, label, emptyText, columns, exactTotal, onError, ...sort }: Props) {
  const list = useClientList(filter, orderBy);
  const { error } = list;
  useEffect(() => onError(error), [error, onError]);
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
