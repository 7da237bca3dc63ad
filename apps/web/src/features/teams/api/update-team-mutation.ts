// Renames a team and replaces its manager and members (stale version: CONFLICT).
import { graphql } from '@veza/shared/graphql';

export const UpdateTeamMutation = graphql(`
  mutation UpdateTeam($id: ID!, $version: Int!, $input: TeamInput!) {
    updateTeam(id: $id, version: $version, input: $input) {
      ...TeamFields
    }
  }
`);
