// The agent's work view data: the campaign with its next item, the "call" activity type, and skipping an item.
import { useMutation, useQuery } from '@apollo/client/react';
import { CampaignActivityTypesQuery } from '../api/call-activity-type-query.ts';
import { CampaignWorkQuery } from '../api/campaign-work-query.ts';
import { SkipCampaignItemMutation } from '../api/skip-campaign-item-mutation.ts';

/** The seeded activity type for phone calls (dictionary ACTIVITY_TYPE). */
const CALL_TYPE_KEY = 'call';

export function useCampaignWork(id: string) {
  const { data, loading, error, refetch } = useQuery(CampaignWorkQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const types = useQuery(CampaignActivityTypesQuery);
  const callTypeId = types.data?.dictionary.find((d) => d.key === CALL_TYPE_KEY)?.id;
  const [skipMutation, skipping] = useMutation(SkipCampaignItemMutation, {
    refetchQueries: ['Campaigns'],
  });
  const skip = async (itemId: string, reason: string) => {
    await skipMutation({ variables: { id: itemId, reason } });
    await refetch();
  };
  return {
    campaign: data?.campaign ?? null,
    loading: loading && !data,
    error,
    refetch,
    callTypeId,
    skip,
    skipping: skipping.loading,
  };
}

export type WorkCampaign = NonNullable<ReturnType<typeof useCampaignWork>['campaign']>;
type NextItem = NonNullable<WorkCampaign['nextItem']>;
/** The next item with its client readable (the API gives `client: null` outside the viewer's client read scope). */
export type WorkItem = NextItem & { client: NonNullable<NextItem['client']> };

const hasClient = (next: NextItem): next is WorkItem => next.client != null;

/** The next item when its client is readable (the same object, so memoised values keep their identity). */
export const workableItem = (next: NextItem | null | undefined): WorkItem | null =>
  next && hasClient(next) ? next : null;
