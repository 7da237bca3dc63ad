// Closes an opportunity as won.
import { graphql } from '@veza/shared/graphql';

export const MarkOpportunityWonMutation = graphql(`
  mutation MarkOpportunityWon($id: ID!, $version: Int, $stageId: ID) {
    markOpportunityWon(id: $id, version: $version, stageId: $stageId) {
      ...OpportunityCardFields
    }
  }
`);
