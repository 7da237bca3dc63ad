// Active company users to assign an activity to or invite (permission users.read).
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
