// Persons to preview a template for: the contacts (with an address) of clients matching a quick search.
import { graphql } from '@veza/shared/graphql';

export const PreviewPersonOptionsQuery = graphql(`
  query PreviewPersonOptions($filter: ClientFilter) {
    clients(filter: $filter, first: 10) {
      edges {
        node {
          id
          name
          persons {
            person {
              id
              fullName
              emails
            }
          }
        }
      }
    }
  }
`);
