// Creates one campaign per agent from a client filter, in one transaction.
import { graphql } from '@veza/shared/graphql';

export const GenerateCampaignsMutation = graphql(`
  mutation GenerateCampaigns($input: GenerateCampaignsInput!) {
    generateCampaigns(input: $input) {
      generationId
      clientCount
      campaigns {
        ...CampaignSummaryFields
      }
    }
  }
`);
