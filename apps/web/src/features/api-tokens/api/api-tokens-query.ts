// The caller's own API tokens, newest first.
import { graphql } from '@veza/shared/graphql';

export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      ...ApiTokenFields
    }
  }
`);
