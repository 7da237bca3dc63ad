// One keyset (Relay-style) connection read page by page: the first page from the query, "load more" fetches the
// next one with `after` = the last end cursor and appends its edges to the rows already shown. Each further page is
// its own watched query (use-more-pages.ts), so a page costs the same at row 100 and at row 10 000.
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { fetchedRecently } from './recently-fetched.ts';
import { useLoadMore, useMorePages } from './use-more-pages.ts';

/**
 * The part of a connection this hook reads: `edges { node }`, `pageInfo` and its size — the exact `totalCount`, or
 * the cheap `count { value exact }` (exact up to a threshold, an estimate above) where the list offers it.
 */
export interface KeysetConnection {
  totalCount?: number;
  count?: { value: number; exact: boolean };
  edges: readonly { node: unknown }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface KeysetConnectionOptions<TData, TVariables, TConnection extends KeysetConnection> {
  /** The query's variables without `after` (the hook sets it when loading more). */
  variables: TVariables;
  skip?: boolean;
  /** Where the connection sits in the query's data (null or undefined while it is absent). */
  select: (data: TData) => TConnection | null | undefined;
  /**
   * Variables added when loading more, e.g. `{ withCount: false }` for a query whose count is
   * `count @include(if: $withCount)`: the count belongs to the first page, and later pages keep the first one's.
   */
  moreVariables?: Partial<TVariables>;
}

/** After the first read: from the cache; another filter or sort: from the cache where seen before, and the server. */
const nextFetchPolicy = (_current: unknown, { reason }: { reason: string }) =>
  reason === 'variables-changed' ? ('cache-and-network' as const) : ('cache-first' as const);

type NodeOf<TConnection extends KeysetConnection> = TConnection['edges'][number]['node'];

export function useKeysetConnection<
  TData,
  TVariables extends OperationVariables & { after?: string | null },
  TConnection extends KeysetConnection,
>(
  query: TypedDocumentNode<TData, TVariables>,
  { variables, skip, select, moreVariables }: KeysetConnectionOptions<TData, Omit<TVariables, 'after'>, TConnection>,
) {
  // A first page fetched a moment ago (started with the app, see recently-fetched.ts) is not fetched again on mount.
  const [fresh] = useState(() => fetchedRecently(query, variables));
  const { data, loading, error, refetch } = useQuery(query, {
    variables: variables as TVariables,
    skip,
    fetchPolicy: fresh ? 'cache-first' : 'cache-and-network',
    nextFetchPolicy,
  });
  const more = useMorePages(query, variables, moreVariables);
  const connection = data ? select(data as TData) : undefined;
  const pages = useMemo(
    () => [connection, ...more.pages.map((page) => select(page as TData))].filter((c) => c != null),
    [connection, more.pages, select],
  );
  const rows = useMemo(() => pages.flatMap((c) => c.edges.map((e) => e.node)) as NodeOf<TConnection>[], [pages]);
  const last = pages.at(-1);
  const hasMore = last?.pageInfo.hasNextPage ?? false;
  const endCursor = last?.pageInfo.endCursor ?? null;

  const { loadMore, loadingMore, forgetAsked } = useLoadMore(more, hasMore, endCursor);
  const { forget } = more;
  // A refetch starts the list again from its first page (the rows after it may have moved).
  const refetchFirst = useCallback(
    (...args: Parameters<typeof refetch>) => {
      forget();
      forgetAsked();
      return refetch(...args);
    },
    [forget, forgetAsked, refetch],
  );

  return {
    rows,
    // The size of the whole list comes with its first page.
    totalCount: connection?.totalCount ?? connection?.count?.value ?? 0,
    /** False when totalCount is the database's estimate (show it as "about …"). */
    countExact: connection?.count?.exact ?? true,
    hasMore,
    /** The first page is loading (nothing to show yet). */
    loading: loading && !data,
    /** A page already shown is being refreshed from the network. */
    refreshing: loading && !!data,
    loadingMore,
    error,
    loadMore,
    refetch: refetchFirst,
  };
}
