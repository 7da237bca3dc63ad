// The SMTP relay settings (never their secrets: only whether they are set).
import { graphql } from '@veza/shared/graphql';

export const MailSettingsQuery = graphql(`
  query MailSettings {
    mailSettings {
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
  }
`);
