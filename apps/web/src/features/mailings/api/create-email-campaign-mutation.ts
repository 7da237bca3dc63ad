// Creates a campaign in PREPARATION.
import { graphql } from '@veza/shared/graphql';

export const CreateEmailCampaignMutation = graphql(`
  mutation CreateEmailCampaign($input: EmailCampaignInput!) {
    createEmailCampaign(input: $input) {
      id
      version
    }
  }
`);
