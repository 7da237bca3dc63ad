// A new mailing group, in a category (created when new).
import { graphql } from '@veza/shared/graphql';

export const CreateMailingGroupMutation = graphql(`
  mutation CreateMailingGroup($input: CreateMailingGroupInput!) {
    createMailingGroup(input: $input) {
      id
      name
      category
      memberCount
      filter
    }
  }
`);
