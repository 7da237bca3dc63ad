// Updates a permission profile; a stale version fails with CONFLICT.
import { graphql } from '@veza/shared/graphql';

export const UpdateProfileMutation = graphql(`
  mutation UpdatePermissionProfile($id: ID!, $version: Int!, $input: PermissionProfileInput!) {
    updatePermissionProfile(id: $id, version: $version, input: $input) {
      ...ProfileFields
    }
  }
`);
