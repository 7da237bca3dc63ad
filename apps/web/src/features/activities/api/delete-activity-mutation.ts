// Deletes an activity (soft delete); a stale version fails with CONFLICT.
import { graphql } from '@veza/shared/graphql';

export const DeleteActivityMutation = graphql(`
  mutation DeleteActivity($id: ID!, $version: Int!) {
    deleteActivity(id: $id, version: $version) {
      id
      version
    }
  }
`);
