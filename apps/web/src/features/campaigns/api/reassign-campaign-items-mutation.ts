// Moves unfinished items to another agent's campaign of the same generation.
import { graphql } from '@veza/shared/graphql';

export const ReassignCampaignItemsMutation = graphql(`
  mutation ReassignCampaignItems($itemIds: [ID!]!, $agentId: ID!) {
    reassignCampaignItems(itemIds: $itemIds, agentId: $agentId) {
      items {
        id
      }
      campaigns {
        ...CampaignSummaryFields
      }
    }
  }
`);
