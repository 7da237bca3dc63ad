// One client with its contact persons (also deleted clients, so they can be restored).
import { graphql } from '@veza/shared/graphql';

export const ClientDetailQuery = graphql(`
  query ClientDetail($id: ID!) {
    client(id: $id) {
      ...ClientDetailFields
      persons {
        role
        isPrimary
        person {
          ...ContactPersonFields
        }
      }
    }
  }
`);
