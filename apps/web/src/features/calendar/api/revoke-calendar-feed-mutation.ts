// Removes the viewer's subscription URL; calendar programs stop receiving updates.
import { graphql } from '@veza/shared/graphql';

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed {
      ...CalendarFeedFields
    }
  }
`);
