// What a listed activity shows (list, agenda, client history): when, what, with whom, state and thread links.
import { graphql } from '@veza/shared/graphql';

export const ActivityRowFieldsFragment = graphql(`
  fragment ActivityRowFields on Activity {
    id
    version
    subject
    status
    priority
    overdue
    startsAt
    endsAt
    allDay
    dueAt
    closedAt
    percentComplete
    workMinutes
    distanceKm
    type {
      ...ActivityDictionaryValueFields
    }
    result {
      ...ActivityDictionaryValueFields
    }
    clientName
    client {
      id
      name
    }
    contactPerson {
      id
      fullName
    }
    owner {
      id
      name
    }
    parent {
      id
      subject
    }
    children {
      id
    }
  }
`);
