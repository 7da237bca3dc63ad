// A new secret subscription URL (shown once); the previous URL stops working.
import { graphql } from '@veza/shared/graphql';

export const RegenerateCalendarFeedMutation = graphql(`
  mutation RegenerateCalendarFeed {
    regenerateCalendarFeed {
      url
      feed {
        ...CalendarFeedFields
      }
    }
  }
`);
