// The files of the chosen template (they go with every mail from it), shown in the compose dialog.
import { graphql } from '@veza/shared/graphql';

export const TemplateFilesQuery = graphql(`
  query TemplateFiles($templateId: ID!) {
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
