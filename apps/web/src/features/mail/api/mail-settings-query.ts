// The SMTP relay settings (never their secrets: only whether they are set).
import { graphql } from '@veza/shared/graphql';

export const MailSettingsQuery = graphql(`
  query MailSettings {
    mailSettings {
      ...MailSettingsFields
    }
  }
`);
