// Updates a client (base data, note or attributes); a stale version fails with CONFLICT.
import { graphql } from '@veza/shared/graphql';

export const UpdateClientRecordMutation = graphql(`
  mutation UpdateClientRecord($id: ID!, $version: Int!, $input: UpdateClientInput!) {
    updateClient(id: $id, version: $version, input: $input) {
      ...ClientDetailFields
    }
  }
`);
