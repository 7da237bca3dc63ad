// A record's attachments (client, person, activity), newest first.
import { graphql } from '@veza/shared/graphql';

export const RecordAttachmentsQuery = graphql(`
  query RecordAttachments($ownerId: ID!, $first: Int, $after: String) {
    attachments(ownerId: $ownerId, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          name
          size
          mimeType
          previewable
          url
          version
          createdAt
          createdBy {
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
