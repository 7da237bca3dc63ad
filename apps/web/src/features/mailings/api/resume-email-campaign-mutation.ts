// Resumes a campaign (a state change; the API checks the state and who may do it).
import { graphql } from '@veza/shared/graphql';

export const ResumeEmailCampaignMutation = graphql(`
  mutation ResumeEmailCampaign($input: EmailCampaignTransitionInput!) {
    resumeEmailCampaign(input: $input) {
      id
      state
      version
    }
  }
`);
