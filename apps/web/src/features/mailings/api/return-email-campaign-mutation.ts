// Returns a campaign (a state change; the API checks the state and who may do it).
import { graphql } from '@veza/shared/graphql';

export const ReturnEmailCampaignMutation = graphql(`
  mutation ReturnEmailCampaign($input: EmailCampaignTransitionInput!) {
    returnEmailCampaign(input: $input) {
      id
      state
      version
    }
  }
`);
