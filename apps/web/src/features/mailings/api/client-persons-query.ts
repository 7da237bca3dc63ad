// Clients found by a quick search, with their persons' addresses and marketing consent (to tick into a group).
import { graphql } from '@veza/shared/graphql';

export const MailingClientPersonsQuery = graphql(`
  query MailingClientPersons($filter: ClientFilter) {
    clients(filter: $filter, first: 10) {
      edges {
        node {
          id
          name
          persons {
            person {
              id
              firstName
              lastName
              emails
              marketingConsent
            }
          }
        }
      }
    }
  }
`);
