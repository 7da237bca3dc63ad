// The state of the viewer's iCalendar subscription (never the secret URL itself).
import { graphql } from '@veza/shared/graphql';

export const CalendarFeedFieldsFragment = graphql(`
  fragment CalendarFeedFields on CalendarFeed {
    active
    createdAt
    lastUsedAt
  }
`);
