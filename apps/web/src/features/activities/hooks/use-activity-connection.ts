// Activities for a filter, page by page (keyset cursors), with the pages appended to the first one.
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { ActivityListQuery, type ActivityListVariables } from '../api/activity-list-query.ts';

export function useActivityConnection(
  variables: Omit<ActivityListVariables, 'after'>,
  options: { skip?: boolean } = {},
) {
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(ActivityListQuery, {
    variables,
    skip: options.skip,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const connection = data?.activities;
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
          activities: {
            ...fetchMoreResult.activities,
            edges: [...(previous.activities?.edges ?? []), ...fetchMoreResult.activities.edges],
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

export type ActivityRow = ReturnType<typeof useActivityConnection>['rows'][number];
