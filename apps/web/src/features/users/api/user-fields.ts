// User fields shown in the users table and edited in the user form.
import { graphql } from '@veza/shared/graphql';

export const UserFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    name
    email
    locale
    timeZone
    active
    version
    profiles {
      id
      name
    }
    manager {
      id
      name
    }
  }
`);
