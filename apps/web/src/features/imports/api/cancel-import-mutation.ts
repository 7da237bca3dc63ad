// Stops an import after its current batch.
import { graphql } from '@veza/shared/graphql';

export const CancelImportMutation = graphql(`
  mutation CancelImport($id: ID!) {
    cancelImport(id: $id) {
      id
      state
    }
  }
`);
