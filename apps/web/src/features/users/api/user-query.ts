// One user, fetched fresh (e.g. after a CONFLICT to reload the record being edited).
import { graphql } from '@veza/shared/graphql';

export const UserQuery = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);
