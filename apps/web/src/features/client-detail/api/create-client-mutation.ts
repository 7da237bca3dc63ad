// Creates a client.
import { graphql } from '@veza/shared/graphql';

export const CreateClientRecordMutation = graphql(`
  mutation CreateClientRecord($input: CreateClientInput!) {
    createClient(input: $input) {
      ...ClientDetailFields
    }
  }
`);
