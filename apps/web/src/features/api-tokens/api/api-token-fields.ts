// API token fields shown in the tokens table.
import { graphql } from '@veza/shared/graphql';

export const ApiTokenFieldsFragment = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
`);
