// Cancels a planned activity; a stale version fails with CONFLICT.
import { graphql } from '@veza/shared/graphql';

export const CancelActivityMutation = graphql(`
  mutation CancelActivity($id: ID!, $version: Int!) {
    cancelActivity(id: $id, version: $version) {
      ...ActivityRowFields
    }
  }
`);
