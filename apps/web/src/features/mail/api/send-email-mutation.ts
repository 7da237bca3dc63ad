// Sends a one-off e-mail to persons of a client: one message per person, each logged as a done E-mail activity.
import { graphql } from '@veza/shared/graphql';

export const SendEmailMutation = graphql(`
  mutation SendEmail($input: SendEmailInput!) {
    sendEmail(input: $input) {
      id
      to
      state
    }
  }
`);
