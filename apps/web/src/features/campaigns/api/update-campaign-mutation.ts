// Changes a campaign's name, description, period or agent (stale version: CONFLICT).
import { graphql } from '@veza/shared/graphql';

export const UpdateCampaignMutation = graphql(`
  mutation UpdateCampaign($id: ID!, $version: Int!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, version: $version, input: $input) {
      ...CampaignSummaryFields
      updatedAt
    }
  }
`);
