// Creates a user with a password and at least one profile.
import { graphql } from '@veza/shared/graphql';

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);
