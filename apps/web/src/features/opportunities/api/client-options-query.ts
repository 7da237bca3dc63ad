// Clients matching a search text, for choosing the client of a new opportunity.
import { graphql } from '@veza/shared/graphql';

export const OpportunityClientOptionsQuery = graphql(`
  query OpportunityClientOptions($filter: ClientFilter) {
    clients(filter: $filter, first: 20) {
      edges {
        node {
          id
          name
          persons {
            person {
              id
              firstName
              lastName
            }
          }
        }
      }
    }
  }
`);
