// Creates a permission profile.
import { graphql } from '@veza/shared/graphql';

export const CreateProfileMutation = graphql(`
  mutation CreatePermissionProfile($input: PermissionProfileInput!) {
    createPermissionProfile(input: $input) {
      ...ProfileFields
    }
  }
`);
