// The agent starts working a pending item.
import { graphql } from '@veza/shared/graphql';

export const StartCampaignItemMutation = graphql(`
  mutation StartCampaignItem($id: ID!) {
    startCampaignItem(id: $id) {
      id
      state
      startedAt
      version
    }
  }
`);
