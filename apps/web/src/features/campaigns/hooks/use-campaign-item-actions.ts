// Bulk item actions of the campaign page: remove pending items, hand items to another agent, add clients.
import { useMutation } from '@apollo/client/react';
import { AddClientsToCampaignMutation } from '../api/add-clients-to-campaign-mutation.ts';
import { ReassignCampaignItemsMutation } from '../api/reassign-campaign-items-mutation.ts';
import { RemoveCampaignItemsMutation } from '../api/remove-campaign-items-mutation.ts';

const REFRESH = ['Campaign', 'CampaignItems', 'Campaigns', 'CampaignProgressByAgent'];

export function useCampaignItemActions(campaignId: string) {
  const [remove, removing] = useMutation(RemoveCampaignItemsMutation, { refetchQueries: REFRESH });
  const [reassign, reassigning] = useMutation(ReassignCampaignItemsMutation, { refetchQueries: REFRESH });
  const [add, adding] = useMutation(AddClientsToCampaignMutation, { refetchQueries: REFRESH });
  return {
    remove: async (itemIds: string[]) =>
      (await remove({ variables: { itemIds } })).data!.removeCampaignItems.removedItemIds.length,
    reassign: async (itemIds: string[], agentId: string) =>
      (await reassign({ variables: { itemIds, agentId } })).data!.reassignCampaignItems,
    add: async (clientIds: string[], excludeInActiveCampaigns: boolean) =>
      (await add({ variables: { id: campaignId, clientIds, excludeInActiveCampaigns } })).data!.addClientsToCampaign,
    removing: removing.loading,
    reassigning: reassigning.loading,
    adding: adding.loading,
  };
}
