// The mailing groups with their categories and member counts.
import { graphql } from '@veza/shared/graphql';

export const MailingGroupsQuery = graphql(`
  query MailingGroups {
    mailingGroups {
      id
      name
      category
      memberCount
      filter
    }
  }
`);
