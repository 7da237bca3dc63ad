// Adds an existing person to this client with a function there (the person keeps their other clients).
import { graphql } from '@veza/shared/graphql';

export const LinkPersonToClientMutation = graphql(`
  mutation LinkPersonToClient($input: LinkPersonToClientInput!) {
    linkPersonToClient(input: $input) {
      role
      person {
        id
      }
    }
  }
`);
