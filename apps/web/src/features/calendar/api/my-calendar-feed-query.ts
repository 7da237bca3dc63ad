// Whether the viewer has a calendar subscription URL, and when it was made and last used.
import { graphql } from '@veza/shared/graphql';

export const MyCalendarFeedQuery = graphql(`
  query MyCalendarFeed {
    myCalendarFeed {
      ...CalendarFeedFields
    }
  }
`);
