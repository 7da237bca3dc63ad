// Removes pending items from their campaigns.
import { graphql } from '@veza/shared/graphql';

export const RemoveCampaignItemsMutation = graphql(`
  mutation RemoveCampaignItems($itemIds: [ID!]!) {
    removeCampaignItems(itemIds: $itemIds) {
      removedItemIds
      campaigns {
        ...CampaignSummaryFields
      }
    }
  }
`);
