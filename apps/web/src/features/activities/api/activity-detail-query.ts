// One activity with everything the edit and close forms need.
import { graphql } from '@veza/shared/graphql';

export const ActivityDetailQuery = graphql(`
  query ActivityDetail($id: ID!) {
    activity(id: $id) {
      ...ActivityRowFields
      note
      reminderMinutes
      category {
        ...ActivityDictionaryValueFields
      }
      channel {
        ...ActivityDictionaryValueFields
      }
      participants {
        user {
          id
          name
        }
        person {
          id
          fullName
        }
      }
      parent {
        id
        subject
        startsAt
        dueAt
      }
      opportunity {
        id
        name
      }
      attributes
      createdBy {
        id
        name
      }
      createdAt
      updatedAt
      icsUrl
    }
  }
`);
