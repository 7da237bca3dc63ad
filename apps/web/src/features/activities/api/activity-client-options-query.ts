// Clients matching a quick-search text, offered in the activity form and the list filter.
import { graphql } from '@veza/shared/graphql';

export const ActivityClientOptionsQuery = graphql(`
  query ActivityClientOptions($search: String) {
    clients(filter: { search: $search }, first: 20) {
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
