// One mailing group with a keyset page of its members.
import { graphql } from '@veza/shared/graphql';

export const MailingGroupMembersQuery = graphql(`
  query MailingGroupMembers($id: ID!, $first: Int, $after: String) {
    mailingGroup(id: $id) {
      id
      name
      memberCount
      filter
      members(first: $first, after: $after) {
        totalCount
        edges {
          node {
            personId
            firstName
            lastName
            email
            clientName
            marketingConsent
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
