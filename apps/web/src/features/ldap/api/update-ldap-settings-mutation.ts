// Saves the directory login settings; a blank bind password keeps the stored one, "" removes it.
import { graphql } from '@veza/shared/graphql';

export const UpdateLdapSettingsMutation = graphql(`
  mutation UpdateLdapSettings($input: UpdateLdapSettingsInput!) {
    updateLdapSettings(input: $input) {
      bindPasswordSet
      version
    }
  }
`);
