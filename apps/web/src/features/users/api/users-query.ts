// One page of users matching the search, sorted by name; more pages via the `after` cursor.
import { graphql } from '@veza/shared/graphql';

export const UsersQuery = graphql(`
  query Users($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...UserFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
