// Puts a done or cancelled activity back to planned.
import { graphql } from '@veza/shared/graphql';

export const ReopenActivityMutation = graphql(`
  mutation ReopenActivity($id: ID!, $version: Int!) {
    reopenActivity(id: $id, version: $version) {
      ...ActivityRowFields
    }
  }
`);
