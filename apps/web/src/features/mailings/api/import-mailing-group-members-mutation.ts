// Adds the persons whose address is in a column of an uploaded XLSX/CSV, with a report of the rows not added.
import { graphql } from '@veza/shared/graphql';

export const ImportMailingGroupMembersMutation = graphql(`
  mutation ImportMailingGroupMembers($input: ImportMailingGroupMembersInput!) {
    importMailingGroupMembers(input: $input) {
      rows
      added
      alreadyMembers
      unmatched
      unmatchedRows
      noConsent
      noConsentRows
      invalid
      invalidRows
      group {
        id
        memberCount
      }
    }
  }
`);
