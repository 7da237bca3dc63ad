// Persons by name or e-mail, for picking an existing person (link to a client, relate two persons).
import { graphql } from '@veza/shared/graphql';

export const PersonSearchQuery = graphql(`
  query PersonSearch($search: String!) {
    persons(search: $search, first: 20) {
      edges {
        node {
          id
          fullName
          emails
          clients {
            client {
              id
              name
            }
          }
        }
      }
    }
  }
`);
