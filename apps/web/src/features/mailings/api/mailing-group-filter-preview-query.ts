// What adding the persons of the clients a filter matches would do (counted, nothing written), shown before adding.
import { graphql } from '@veza/shared/graphql';

export const MailingGroupFilterPreviewQuery = graphql(`
  query MailingGroupFilterPreview($groupId: ID!, $filter: JSON!) {
    mailingGroupFilterPreview(groupId: $groupId, filter: $filter) {
      added
      alreadyMembers
      noAddress
      noConsent
    }
  }
`);
