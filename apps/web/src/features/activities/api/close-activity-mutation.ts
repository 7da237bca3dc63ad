// Marks an activity done with result, work time and km, optionally creating the next contact in the same step.
import { graphql } from '@veza/shared/graphql';

export const CloseActivityMutation = graphql(`
  mutation CloseActivity($id: ID!, $version: Int!, $input: CloseActivityInput!) {
    closeActivity(id: $id, version: $version, input: $input) {
      ...ActivityRowFields
    }
  }
`);
