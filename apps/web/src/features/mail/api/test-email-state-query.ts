// The delivery state of the test e-mail just queued (polled until the relay took or refused it).
import { graphql } from '@veza/shared/graphql';

export const TestEmailStateQuery = graphql(`
  query TestEmailState($id: ID!) {
    emailMessage(id: $id) {
      id
      state
      attempts
      error
    }
  }
`);
