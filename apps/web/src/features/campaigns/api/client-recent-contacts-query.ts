// The latest done contacts with a client (the agent's "last contacts" before calling).
import { graphql } from '@veza/shared/graphql';

export const ClientRecentContactsQuery = graphql(`
  query ClientRecentContacts($clientId: ID!) {
    activities(
      filter: { clientIds: [$clientId], statuses: [DONE] }
      orderBy: { field: STARTS_AT, direction: DESC }
      first: 5
    ) {
      totalCount
      edges {
        node {
          id
          subject
          note
          startsAt
          closedAt
          type {
            id
            label
            color
          }
          result {
            id
            label
            color
          }
          owner {
            id
            name
          }
          contactPerson {
            id
            fullName
          }
        }
      }
    }
  }
`);
