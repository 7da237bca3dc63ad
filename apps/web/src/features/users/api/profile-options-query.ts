// Profiles to choose from when assigning them to a user.
import { graphql } from '@veza/shared/graphql';

export const ProfileOptionsQuery = graphql(`
  query ProfileOptions {
    permissionProfiles {
      id
      name
    }
  }
`);
