// Creates a contact person linked to a client.
import { graphql } from '@veza/shared/graphql';

export const CreateContactPersonMutation = graphql(`
  mutation CreateContactPerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      ...ContactPersonFields
    }
  }
`);
