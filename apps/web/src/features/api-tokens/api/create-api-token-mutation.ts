// Creates an API token; the secret comes back only in this response.
import { graphql } from '@veza/shared/graphql';

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($name: String!, $expiresAt: DateTime) {
    createApiToken(name: $name, expiresAt: $expiresAt) {
      secret
      token {
        ...ApiTokenFields
      }
    }
  }
`);
