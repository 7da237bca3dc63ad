// Calendar drag / resize: the new span of an activity, checked against the version the calendar showed.
import { graphql } from '@veza/shared/graphql';

export const MoveActivityMutation = graphql(`
  mutation MoveCalendarActivity($id: ID!, $version: Int!, $start: DateTime!, $end: DateTime) {
    moveActivity(id: $id, version: $version, start: $start, end: $end) {
      id
      version
      startsAt
      endsAt
      dueAt
      allDay
      overdue
    }
  }
`);
