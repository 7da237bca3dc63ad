// What the closing dialog needs to know about the activity: version, type (km for meetings), owner and subject.
import { graphql } from '@veza/shared/graphql';

export const ActivityCloseInfoQuery = graphql(`
  query ActivityCloseInfo($id: ID!) {
    activity(id: $id) {
      id
      version
      subject
      status
      type {
        ...ActivityDictionaryValueFields
      }
      owner {
        id
        name
      }
      clientName
      client {
        id
        name
      }
    }
  }
`);
