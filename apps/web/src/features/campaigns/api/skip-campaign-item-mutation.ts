// Skips a pending or in-progress item with a reason.
import { graphql } from '@veza/shared/graphql';

export const SkipCampaignItemMutation = graphql(`
  mutation SkipCampaignItem($id: ID!, $reason: String!) {
    skipCampaignItem(id: $id, reason: $reason) {
      id
      state
      skipReason
      completedAt
      version
    }
  }
`);
