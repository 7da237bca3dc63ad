// One campaign for its page header (status, agent, period, progress).
import { useQuery } from '@apollo/client/react';
import { CampaignQuery } from '../api/campaign-query.ts';

export function useCampaignDetail(id: string) {
  const { data, loading, error, refetch } = useQuery(CampaignQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  return { campaign: data?.campaign ?? null, loading: loading && !data, error, refetch };
}

export type CampaignDetail = NonNullable<ReturnType<typeof useCampaignDetail>['campaign']>;
