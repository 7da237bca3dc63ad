// One person with their firms' addresses, for the printable person card.
import { graphql } from '@veza/shared/graphql';

export const PersonCardQuery = graphql(`
  query PersonCard($id: ID!) {
    person(id: $id) {
      ...ContactPersonFields
      clients {
        role
        client {
          id
          name
          street
          postalCode
          city
          country
        }
      }
    }
  }
`);
