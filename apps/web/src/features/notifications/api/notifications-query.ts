// The caller's notifications, newest first, and the unread count.
import { graphql } from '@veza/shared/graphql';

export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      edges {
        node {
          id
          kind
          text
          link
          read
          createdAt
          email {
            state
            error
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

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);
