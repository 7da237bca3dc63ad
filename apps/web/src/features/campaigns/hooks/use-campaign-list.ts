// Campaigns for a filter, newest first, one page at a time ("load more" appends the next page).
import { useQuery } from '@apollo/client/react';

import { useCallback, useMemo, useState } from 'react';
import { CampaignsQuery, type CampaignFilterInput } from '../api/campaigns-query.ts';

export const CAMPAIGNS_PAGE_SIZE = 25;

export function useCampaignList(filter: CampaignFilterInput | null) {
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(CampaignsQuery, {
    variables: { filter, first: CAMPAIGNS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const connection = data?.campaigns;
  const campaigns = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const hasMore = connection?.pageInfo.hasNextPage ?? false;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!hasMore || !endCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          campaigns: {
            ...fetchMoreResult.campaigns,
            edges: [...(previous.campaigns?.edges ?? []), ...fetchMoreResult.campaigns.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }, [hasMore, endCursor, loadingMore, fetchMore]);

  return {
    campaigns,
    totalCount: connection?.totalCount ?? 0,
    hasMore,
    loading: loading && !data,
    loadingMore,
    error,
    loadMore,
    refetch,
  };
}

export type CampaignRow = ReturnType<typeof useCampaignList>['campaigns'][number];
