// The clients for a filter and sort, loaded page by page as the user scrolls (pages appended to the first one).
import { useQuery } from '@apollo/client/react';
import type { ClientFilter } from '@veza/shared';
import { useCallback, useMemo, useState } from 'react';
import { ClientListQuery, type ClientFilterInputType, type ClientOrderInput } from '../api/client-list-query.ts';

export const CLIENTS_PAGE_SIZE = 100;

export function useClientList(filter: ClientFilter | null, orderBy: ClientOrderInput[]) {
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(ClientListQuery, {
    variables: {
      filter: filter as ClientFilterInputType | null,
      orderBy: orderBy.length ? orderBy : null,
      first: CLIENTS_PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const connection = data?.clients;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const hasMore = connection?.pageInfo.hasNextPage ?? false;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!hasMore || !endCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          clients: {
            ...fetchMoreResult.clients,
            edges: [...(previous.clients?.edges ?? []), ...fetchMoreResult.clients.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }, [hasMore, endCursor, loadingMore, fetchMore]);

  return {
    rows,
    totalCount: connection?.totalCount ?? 0,
    hasMore,
    loading: loading && !data,
    refreshing: loading && !!data,
    loadingMore,
    error,
    loadMore,
    refetch,
  };
}

export type ClientRow = ReturnType<typeof useClientList>['rows'][number];
