// Marks some notifications (or all) read; answers the unread count left.
import { graphql } from '@veza/shared/graphql';

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);
