// Active colleagues, for the board's owner filter and the form's owner select.
import { graphql } from '@veza/shared/graphql';

export const OwnerOptionsQuery = graphql(`
  query OpportunityOwnerOptions {
    colleagues(first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
