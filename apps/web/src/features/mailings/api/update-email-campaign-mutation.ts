// Edits a campaign (an edit after submitting sends it back to PREPARATION).
import { graphql } from '@veza/shared/graphql';

export const UpdateEmailCampaignMutation = graphql(`
  mutation UpdateEmailCampaign($id: ID!, $input: UpdateEmailCampaignInput!) {
    updateEmailCampaign(id: $id, input: $input) {
      id
      version
      state
    }
  }
`);
