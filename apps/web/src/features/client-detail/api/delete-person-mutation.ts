// Soft-deletes a contact person (permission clients.delete).
import { graphql } from '@veza/shared/graphql';

export const DeleteContactPersonMutation = graphql(`
  mutation DeleteContactPerson($id: ID!, $version: Int!) {
    deletePerson(id: $id, version: $version) {
      id
    }
  }
`);
