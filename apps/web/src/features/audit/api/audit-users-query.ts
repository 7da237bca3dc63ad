// Users for the admin log's "user" filter.
import { graphql } from '@veza/shared/graphql';

export const AuditUsersQuery = graphql(`
  query AuditUsers {
    users(first: 500) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
