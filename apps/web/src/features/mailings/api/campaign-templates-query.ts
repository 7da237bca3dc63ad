// The templates a campaign may start from (name, language and content to prefill the form).
import { graphql } from '@veza/shared/graphql';

export const CampaignTemplatesQuery = graphql(`
  query CampaignTemplates {
    emailTemplates(first: 100) {
      edges {
        node {
          id
          name
          language
          subject
          bodyHtml
        }
      }
    }
  }
`);
