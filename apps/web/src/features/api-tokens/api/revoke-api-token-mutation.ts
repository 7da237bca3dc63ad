// Revokes one of the caller's API tokens.
import { graphql } from '@veza/shared/graphql';

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);
