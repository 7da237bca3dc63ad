// Edits an activity; a stale version fails with CONFLICT.
import { graphql } from '@veza/shared/graphql';

export const UpdateActivityMutation = graphql(`
  mutation UpdateActivity($id: ID!, $version: Int!, $input: UpdateActivityInput!) {
    updateActivity(id: $id, version: $version, input: $input) {
      ...ActivityRowFields
    }
  }
`);
