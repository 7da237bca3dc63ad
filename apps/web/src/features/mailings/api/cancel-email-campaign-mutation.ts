// Cancels a campaign (a state change; the API checks the state and who may do it).
import { graphql } from '@veza/shared/graphql';

export const CancelEmailCampaignMutation = graphql(`
  mutation CancelEmailCampaign($input: EmailCampaignTransitionInput!) {
    cancelEmailCampaign(input: $input) {
      id
      state
      version
    }
  }
`);
