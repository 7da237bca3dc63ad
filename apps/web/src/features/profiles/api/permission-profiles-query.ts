// All permission profiles.
import { graphql } from '@veza/shared/graphql';

export const PermissionProfilesQuery = graphql(`
  query PermissionProfiles {
    permissionProfiles {
      ...ProfileFields
    }
  }
`);
