// Clients by quick search, for adding a person to another firm.
import { graphql } from '@veza/shared/graphql';

export const FirmSearchQuery = graphql(`
  query FirmSearch($filter: ClientFilter) {
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
