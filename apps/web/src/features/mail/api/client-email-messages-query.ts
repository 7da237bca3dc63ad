// The mail sent to a client's persons, newest first (the client page's E-mails tab).
import { graphql } from '@veza/shared/graphql';

export const ClientEmailMessagesQuery = graphql(`
  query ClientEmailMessages($clientId: ID!, $first: Int, $after: String) {
    node(id: $clientId) {
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
    }
  }
`);
