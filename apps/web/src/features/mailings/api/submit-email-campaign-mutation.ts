// Submits a campaign (a state change; the API checks the state and who may do it).
import { graphql } from '@veza/shared/graphql';

export const SubmitEmailCampaignMutation = graphql(`
  mutation SubmitEmailCampaign($input: EmailCampaignTransitionInput!) {
    submitEmailCampaign(input: $input) {
      id
      state
      version
    }
  }
`);
