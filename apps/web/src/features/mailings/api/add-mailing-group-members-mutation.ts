// Adds ticked persons to a group: only those with an address and marketing consent are added.
import { graphql } from '@veza/shared/graphql';

export const AddMailingGroupMembersMutation = graphql(`
  mutation AddMailingGroupMembers($input: AddMailingGroupMembersInput!) {
    addMailingGroupMembers(input: $input) {
      added
      alreadyMembers
      noAddress
      noConsent
      group {
        id
        memberCount
      }
    }
  }
`);
