// Activities overlapping the visible range for the chosen users, narrowed by the calendar's filters.
import { graphql } from '@veza/shared/graphql';

export const CalendarEventsQuery = graphql(`
  query CalendarEvents($from: DateTime!, $to: DateTime!, $userIds: [ID!], $filter: ActivityFilter) {
    calendarEvents(from: $from, to: $to, userIds: $userIds, filter: $filter) {
      ...CalendarEventFields
    }
  }
`);
