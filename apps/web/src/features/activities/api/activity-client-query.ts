// The chosen client's name and contact persons (the form's person and participant pickers).
import { graphql } from '@veza/shared/graphql';

export const ActivityClientQuery = graphql(`
  query ActivityClient($id: ID!) {
    client(id: $id) {
      id
      name
      city
      persons {
        person {
          id
          fullName
        }
      }
    }
  }
`);
