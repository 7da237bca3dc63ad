// Creates a team.
import { graphql } from '@veza/shared/graphql';

export const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: TeamInput!) {
    createTeam(input: $input) {
      ...TeamFields
    }
  }
`);
