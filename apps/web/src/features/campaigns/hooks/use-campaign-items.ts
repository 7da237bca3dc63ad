// A campaign's items in list order, optionally only some states or matching a client name; "load more" pages on.
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { CampaignItemsQuery } from '../api/campaign-items-query.ts';
import type { ItemState } from '../lib/progress.ts';

export const ITEMS_PAGE_SIZE = 50;

export function useCampaignItems(campaignId: string, states: readonly ItemState[], search: string) {
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(CampaignItemsQuery, {
    variables: {
      id: campaignId,
      state: states.length ? [...states] : null,
      search: search || null,
      first: ITEMS_PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const connection = data?.campaign?.items;
  const items = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const hasMore = connection?.pageInfo.hasNextPage ?? false;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!hasMore || !endCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = previous.campaign?.items.edges ?? [];
          const next = fetchMoreResult.campaign;
          if (!next) return previous as typeof fetchMoreResult;
          return { campaign: { ...next, items: { ...next.items, edges: [...before, ...next.items.edges] } } };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  }, [hasMore, endCursor, loadingMore, fetchMore]);

  return {
    items,
    totalCount: connection?.totalCount ?? 0,
    hasMore,
    loading: loading && !data,
    loadingMore,
    error,
    loadMore,
    refetch,
  };
}

export type CampaignItemRow = ReturnType<typeof useCampaignItems>['items'][number];
