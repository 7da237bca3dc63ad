// Closes an opportunity as lost, with the reason.
import { graphql } from '@veza/shared/graphql';

export const MarkOpportunityLostMutation = graphql(`
  mutation MarkOpportunityLost($id: ID!, $lostReasonId: ID!, $note: String, $version: Int, $stageId: ID) {
    markOpportunityLost(id: $id, lostReasonId: $lostReasonId, note: $note, version: $version, stageId: $stageId) {
      ...OpportunityCardFields
    }
  }
`);
