// Queues a test e-mail through the saved settings.
import { graphql } from '@veza/shared/graphql';

export const SendTestEmailMutation = graphql(`
  mutation SendTestEmail($to: String!) {
    sendTestEmail(to: $to) {
      id
      state
    }
  }
`);
