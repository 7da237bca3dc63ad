// Active company users for the activity list's user filter (permission users.read).
import { graphql } from '@veza/shared/graphql';

export const ActivityUserOptionsQuery = graphql(`
  query ActivityUserOptions {
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
