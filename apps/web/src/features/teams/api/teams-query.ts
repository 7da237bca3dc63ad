// All teams by name.
import { graphql } from '@veza/shared/graphql';

export const TeamsQuery = graphql(`
  query Teams {
    teams {
      ...TeamFields
    }
  }
`);
