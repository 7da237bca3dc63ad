// The mail sent from a record, newest first: a client's (to its persons) or an opportunity's (sent from it). One
// document for both, so the E-mails list is one component.
import { graphql } from '@veza/shared/graphql';

export const RecordEmailMessagesQuery = graphql(`
  query RecordEmailMessages($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      __typename
      id
      ... on Client {
        emailMessages(first: $first, after: $after) {
          totalCount
          edges {
            node {
              id
              to
              subject
              state
              error
              createdAt
              sentAt
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
      ... on Opportunity {
        emailMessages(first: $first, after: $after) {
          totalCount
          edges {
            node {
              id
              to
              subject
              state
              error
              createdAt
              sentAt
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);
