// Users matching a search text, offered as values of an account-manager condition (needs users.read).
import { graphql } from '@veza/shared/graphql';

export const FilterUserOptionsQuery = graphql(`
  query FilterUserOptions($search: String) {
    users(filter: { search: $search }, first: 30) {
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`);
