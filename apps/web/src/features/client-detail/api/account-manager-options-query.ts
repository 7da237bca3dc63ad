// Active users to choose an account manager from (permission users.read).
import { graphql } from '@veza/shared/graphql';

export const AccountManagerOptionsQuery = graphql(`
  query AccountManagerOptions {
    users(filter: { active: true }, first: 500) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
