// The picked template's files: they are kept on the campaign when it is saved and attached to every message.
import { graphql } from '@veza/shared/graphql';

export const CampaignTemplateFilesQuery = graphql(`
  query CampaignTemplateFiles($templateId: ID!) {
    attachments(ownerId: $templateId, first: 20) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
