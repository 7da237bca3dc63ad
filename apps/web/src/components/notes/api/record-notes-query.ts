// A client's or person's notes: pinned first, then newest first.
import { graphql } from '@veza/shared/graphql';

export const RecordNotesQuery = graphql(`
  query RecordNotes($ownerId: ID!, $first: Int, $after: String) {
    notes(ownerId: $ownerId, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          text
          pinned
          version
          createdAt
          updatedAt
          author {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
