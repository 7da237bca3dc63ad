// The templates by name (for the templates page and the compose dialog's template picker).
import { graphql } from '@veza/shared/graphql';

export const EmailTemplatesQuery = graphql(`
  query EmailTemplates($first: Int, $after: String) {
    emailTemplates(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...EmailTemplateFields
        }
      }
    }
  }
`);
