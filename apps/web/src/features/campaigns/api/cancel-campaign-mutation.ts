// Cancels a campaign.
import { graphql } from '@veza/shared/graphql';

export const CancelCampaignMutation = graphql(`
  mutation CancelCampaign($id: ID!, $version: Int!) {
    cancelCampaign(id: $id, version: $version) {
      ...CampaignSummaryFields
      updatedAt
    }
  }
`);
