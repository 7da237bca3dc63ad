// The caller's session (null when logged out); the app gate renders login or the shell from it.
import { graphql } from '@veza/shared/graphql';

export const MeQuery = graphql(`
  query Me {
    me {
      ...MeFields
    }
  }
`);
