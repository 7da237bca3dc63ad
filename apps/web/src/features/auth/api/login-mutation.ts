// Logs in with e-mail and password; the API sets the httpOnly session cookie.
import { graphql } from '@veza/shared/graphql';

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...MeFields
    }
  }
`);
