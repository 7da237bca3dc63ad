// What the calendar shows of an event: its span, type colour and icon, and the activity facts behind its tone and text.
import { graphql } from '@veza/shared/graphql';

export const CalendarEventFieldsFragment = graphql(`
  fragment CalendarEventFields on CalendarEvent {
    id
    title
    start
    end
    allDay
    color
    activity {
      id
      version
      status
      priority
      overdue
      startsAt
      endsAt
      dueAt
      type {
        id
        label
        meta
      }
      clientName
      client {
        id
        name
      }
      owner {
        id
        name
        timeZone
      }
    }
  }
`);
