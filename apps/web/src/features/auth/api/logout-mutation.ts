// Ends the current session; the API clears the cookie.
import { graphql } from '@veza/shared/graphql';

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
