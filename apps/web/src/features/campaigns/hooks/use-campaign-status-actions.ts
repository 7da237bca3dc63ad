// Complete, cancel and activate a campaign (stale version: the page offers a reload).
import { useMutation } from '@apollo/client/react';
import { CancelCampaignMutation } from '../api/cancel-campaign-mutation.ts';
import { CompleteCampaignMutation } from '../api/complete-campaign-mutation.ts';
import { UpdateCampaignMutation } from '../api/update-campaign-mutation.ts';

const REFRESH = ['Campaigns', 'CampaignProgressByAgent'];

export function useCampaignStatusActions(campaign: { id: string; version: number }) {
  const vars = { id: campaign.id, version: campaign.version };
  const [complete, completing] = useMutation(CompleteCampaignMutation, { refetchQueries: REFRESH });
  const [cancel, cancelling] = useMutation(CancelCampaignMutation, { refetchQueries: REFRESH });
  const [update, updating] = useMutation(UpdateCampaignMutation, { refetchQueries: REFRESH });
  return {
    complete: () => complete({ variables: vars }),
    cancel: () => cancel({ variables: vars }),
    activate: () => update({ variables: { ...vars, input: { status: 'ACTIVE' } } }),
    busy: completing.loading || cancelling.loading || updating.loading,
  };
}
