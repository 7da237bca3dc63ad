// Active users matching a search, as choices for a user's manager.
import { graphql } from '@veza/shared/graphql';

export const ManagerOptionsQuery = graphql(`
  query ManagerOptions($search: String) {
    users(filter: { search: $search, active: true }, first: 20) {
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
