// Tests the saved directory settings step by step, optionally with a user name and password.
import { graphql } from '@veza/shared/graphql';

export const TestLdapSettingsMutation = graphql(`
  mutation TestLdapSettings($username: String, $password: String) {
    testLdapSettings(username: $username, password: $password) {
      ok
      steps {
        step
        ok
        code
        message
        detail
        count
        values
      }
    }
  }
`);
