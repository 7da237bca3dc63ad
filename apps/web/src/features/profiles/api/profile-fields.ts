// Permission profile fields shown in the list and edited in the profile form.
import { graphql } from '@veza/shared/graphql';

export const ProfileFieldsFragment = graphql(`
  fragment ProfileFields on PermissionProfile {
    id
    name
    description
    permissions
    scopes {
      kind
      read
      edit
    }
    system
    userCount
    version
  }
`);
