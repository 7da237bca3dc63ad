// Restores a soft-deleted client (permission clients.delete).
import { graphql } from '@veza/shared/graphql';

export const RestoreDeletedClientMutation = graphql(`
  mutation RestoreDeletedClient($id: ID!) {
    restoreClient(id: $id) {
      ...ClientDetailFields
    }
  }
`);
