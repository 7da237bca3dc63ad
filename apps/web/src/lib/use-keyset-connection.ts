// One keyset (Relay-style) connection read page by page: the first page from the query, "load more" fetches the
// next one with `after` = the last end cursor and appends its edges to the rows already shown.
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useRef, useState } from 'react';

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
  /** The query's data with `connection` put in place of the one `select` reads. */
  replace: (data: TData, connection: TConnection) => TData;
  /**
   * Variables added when loading more, e.g. `{ withCount: false }` for a query whose count is
   * `count @include(if: $withCount)`: the count belongs to the first page, and later pages keep the first one's.
   */
  moreVariables?: Partial<TVariables>;
}

type NodeOf<TConnection extends KeysetConnection> = TConnection['edges'][number]['node'];

/** The shown rows followed by the next page's; a page loaded without its count keeps the first page's. */
function appendPage<TData, TConnection extends KeysetConnection>(
  previous: TData,
  more: TData,
  select: (data: TData) => TConnection | null | undefined,
  replace: (data: TData, connection: TConnection) => TData,
): TData {
  const next = select(more);
  if (!next) return previous;
  const shown = select(previous);
  return replace(more, { ...shown, ...next, edges: [...(shown?.edges ?? []), ...next.edges] });
}

export function useKeysetConnection<
  TData,
  TVariables extends OperationVariables & { after?: string | null },
  TConnection extends KeysetConnection,
>(
  query: TypedDocumentNode<TData, TVariables>,
  {
    variables,
    skip,
    select,
    replace,
    moreVariables,
  }: KeysetConnectionOptions<TData, Omit<TVariables, 'after'>, TConnection>,
) {
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(query, {
    variables: variables as TVariables,
    skip,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const connection = data ? select(data as TData) : undefined;
  const rows = useMemo(() => (connection?.edges.map((e) => e.node) ?? []) as NodeOf<TConnection>[], [connection]);
  const hasMore = connection?.pageInfo.hasNextPage ?? false;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  // Scroll handlers call loadMore again while a page is on its way (and until it is shown): ask once per page.
  const askedAfter = useRef<TConnection | null | undefined>(null);
  const loadMore = useCallback(async () => {
    if (!hasMore || !endCursor || loadingMore || askedAfter.current === connection) return;
    askedAfter.current = connection;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { ...moreVariables, after: endCursor } as Partial<TVariables>,
        updateQuery: (previous, { fetchMoreResult }) =>
          appendPage(previous as TData, fetchMoreResult as TData, select, replace) as typeof previous,
      });
    } catch (error) {
      askedAfter.current = null;
      throw error;
    } finally {
      setLoadingMore(false);
    }
  }, [hasMore, endCursor, loadingMore, connection, fetchMore, select, replace, moreVariables]);

  return {
    rows,
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
    refetch,
  };
}
