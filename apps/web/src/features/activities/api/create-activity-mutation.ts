// Creates a contact or task for a client.
import { graphql } from '@veza/shared/graphql';

export const CreateActivityMutation = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      ...ActivityRowFields
    }
  }
`);
