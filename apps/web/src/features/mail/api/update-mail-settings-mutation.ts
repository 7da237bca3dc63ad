// Saves the SMTP relay settings; secrets left blank keep the stored ones.
import { graphql } from '@veza/shared/graphql';

export const UpdateMailSettingsMutation = graphql(`
  mutation UpdateMailSettings($input: UpdateMailSettingsInput!) {
    updateMailSettings(input: $input) {
      ...MailSettingsFields
    }
  }
`);
