// Soft-deletes a client (permission clients.delete); it can be restored.
import { graphql } from '@veza/shared/graphql';

export const SoftDeleteClientMutation = graphql(`
  mutation SoftDeleteClient($id: ID!, $version: Int!) {
    deleteClient(id: $id, version: $version) {
      ...ClientDetailFields
    }
  }
`);
