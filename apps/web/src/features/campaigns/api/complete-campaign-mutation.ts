// Closes a campaign; unfinished items stay as they are.
import { graphql } from '@veza/shared/graphql';

export const CompleteCampaignMutation = graphql(`
  mutation CompleteCampaign($id: ID!, $version: Int!) {
    completeCampaign(id: $id, version: $version) {
      ...CampaignSummaryFields
      updatedAt
    }
  }
`);
