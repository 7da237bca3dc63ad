// What the compose dialog offers: the client's persons (recipients), the templates and the client's files.
import { graphql } from '@veza/shared/graphql';

export const ComposeEmailOptionsQuery = graphql(`
  query ComposeEmailOptions($clientId: ID!) {
    node(id: $clientId) {
      __typename
      id
      ... on Client {
        persons {
          person {
            id
            fullName
            emails
          }
        }
      }
    }
    emailTemplates(first: 100) {
      edges {
        node {
          id
          name
          language
          subject
          bodyHtml
        }
      }
    }
    attachments(ownerId: $clientId, first: 50) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
