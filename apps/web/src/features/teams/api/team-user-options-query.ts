// Active users as choices for a team's manager and members.
import { graphql } from '@veza/shared/graphql';

export const TeamUserOptionsQuery = graphql(`
  query TeamUserOptions($search: String) {
    users(filter: { search: $search, active: true }, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
