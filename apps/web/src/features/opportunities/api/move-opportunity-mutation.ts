// Moves a card to an open stage at a position in its column (stale version: CONFLICT).
import { graphql } from '@veza/shared/graphql';

export const MoveOpportunityMutation = graphql(`
  mutation MoveOpportunity($id: ID!, $stageId: ID!, $position: Int!, $version: Int!) {
    moveOpportunity(id: $id, stageId: $stageId, position: $position, version: $version) {
      ...OpportunityCardFields
    }
  }
`);
