// Updates a contact person and their client links; a stale version fails with CONFLICT.
import { graphql } from '@veza/shared/graphql';

export const UpdateContactPersonMutation = graphql(`
  mutation UpdateContactPerson($id: ID!, $version: Int!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, version: $version, input: $input) {
      ...ContactPersonFields
    }
  }
`);
