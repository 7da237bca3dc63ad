// Deletes a permission profile (refused for system profiles and profiles still in use).
import { graphql } from '@veza/shared/graphql';

export const DeleteProfileMutation = graphql(`
  mutation DeletePermissionProfile($id: ID!) {
    deletePermissionProfile(id: $id)
  }
`);
