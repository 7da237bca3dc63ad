// What the compose dialog offers: the client's persons (recipients), the templates, the client's files and — when
// written from an activity — the activity's files.
import { graphql } from '@veza/shared/graphql';

export const ComposeEmailOptionsQuery = graphql(`
  query ComposeEmailOptions($clientId: ID!, $activityId: ID!, $withActivity: Boolean!) {
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
    activityFiles: attachments(ownerId: $activityId, first: 50) @include(if: $withActivity) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
