// Appends clients (picked by id) to a campaign's list; clients already on it are skipped.
import { graphql } from '@veza/shared/graphql';

export const AddClientsToCampaignMutation = graphql(`
  mutation AddClientsToCampaign($id: ID!, $clientIds: [ID!], $excludeInActiveCampaigns: Boolean) {
    addClientsToCampaign(id: $id, clientIds: $clientIds, excludeInActiveCampaigns: $excludeInActiveCampaigns) {
      added
      skipped
      campaign {
        ...CampaignSummaryFields
      }
    }
  }
`);
