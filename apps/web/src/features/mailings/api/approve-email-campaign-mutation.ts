// Approves a campaign (a state change; the API checks the state and who may do it).
import { graphql } from '@veza/shared/graphql';

export const ApproveEmailCampaignMutation = graphql(`
  mutation ApproveEmailCampaign($input: EmailCampaignTransitionInput!) {
    approveEmailCampaign(input: $input) {
      id
      state
      version
    }
  }
`);
