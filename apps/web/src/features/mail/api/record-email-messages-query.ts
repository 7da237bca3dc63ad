// The mail sent from a record, newest first: a client's (to its persons) or an opportunity's (sent from it). One
// document and one page fragment for both, so the E-mails list is one component.
import { graphql } from '@veza/shared/graphql';

export const RecordEmailMessagePageFragment = graphql(`
  fragment RecordEmailMessagePage on EmailMessageConnection {
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
`);

export const RecordEmailMessagesQuery = graphql(`
  query RecordEmailMessages($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      __typename
      id
      ... on Client {
        emailMessages(first: $first, after: $after) {
          ...RecordEmailMessagePage
        }
      }
      ... on Opportunity {
        emailMessages(first: $first, after: $after) {
          ...RecordEmailMessagePage
        }
      }
    }
  }
`);
