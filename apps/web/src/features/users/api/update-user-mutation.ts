// Updates a user (also disables/enables it); a stale version fails with CONFLICT.
import { graphql } from '@veza/shared/graphql';

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $version: Int!, $input: UpdateUserInput!) {
    updateUser(id: $id, version: $version, input: $input) {
      ...UserFields
    }
  }
`);
