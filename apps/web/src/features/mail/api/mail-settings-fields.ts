// The SMTP relay settings as the settings page shows them (never their secrets: only whether they are set); read and
// returned by a save alike.
import { graphql } from '@veza/shared/graphql';

export const MailSettingsFieldsFragment = graphql(`
  fragment MailSettingsFields on MailSettings {
    host
    port
    security
    username
    passwordSet
    fromAddress
    fromName
    ratePerSecond
    dkimDomain
    dkimSelector
    dkimKeySet
    allowSelfApproval
    tlsCaCert
    configured
    version
  }
`);
