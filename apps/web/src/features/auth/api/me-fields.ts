// The fields of `Me` the app keeps in its session: who is logged in and what they may do.
import { graphql } from '@veza/shared/graphql';

export const MeFieldsFragment = graphql(`
  fragment MeFields on Me {
    permissions
    scopes {
      kind
      read
      edit
    }
    via
    user {
      id
      name
      email
      locale
      timeZone
    }
  }
`);
