// Pauses a campaign (a state change; the API checks the state and who may do it).
import { graphql } from '@veza/shared/graphql';

export const PauseEmailCampaignMutation = graphql(`
  mutation PauseEmailCampaign($input: EmailCampaignTransitionInput!) {
    pauseEmailCampaign(input: $input) {
      id
      state
      version
    }
  }
`);
