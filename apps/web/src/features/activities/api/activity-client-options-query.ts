// Clients matching a quick-search text (no filter before anything is typed), offered in the activity form and list filter.
import { graphql } from '@veza/shared/graphql';

export const ActivityClientOptionsQuery = graphql(`
  query ActivityClientOptions($filter: ClientFilter) {
    clients(filter: $filter, first: 20) {
      edges {
        node {
          id
          name
          city
        }
      }
    }
  }
`);
