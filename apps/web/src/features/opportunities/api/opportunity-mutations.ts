// Writes on one opportunity: create, edit, move on the board, won / lost, reopen, delete.
import { graphql } from '@veza/shared/graphql';

export const CreateOpportunityMutation = graphql(`
  mutation CreateOpportunity($input: CreateOpportunityInput!) {
    createOpportunity(input: $input) {
      ...OpportunityCardFields
    }
  }
`);

export const UpdateOpportunityMutation = graphql(`
  mutation UpdateOpportunity($id: ID!, $version: Int!, $input: UpdateOpportunityInput!) {
    updateOpportunity(id: $id, version: $version, input: $input) {
      ...OpportunityCardFields
    }
  }
`);

export const MoveOpportunityMutation = graphql(`
  mutation MoveOpportunity($id: ID!, $stageId: ID!, $position: Int!, $version: Int!) {
    moveOpportunity(id: $id, stageId: $stageId, position: $position, version: $version) {
      ...OpportunityCardFields
    }
  }
`);

export const MarkOpportunityWonMutation = graphql(`
  mutation MarkOpportunityWon($id: ID!, $version: Int, $stageId: ID) {
    markOpportunityWon(id: $id, version: $version, stageId: $stageId) {
      ...OpportunityCardFields
    }
  }
`);

export const MarkOpportunityLostMutation = graphql(`
  mutation MarkOpportunityLost($id: ID!, $lostReasonId: ID!, $note: String, $version: Int, $stageId: ID) {
    markOpportunityLost(id: $id, lostReasonId: $lostReasonId, note: $note, version: $version, stageId: $stageId) {
      ...OpportunityCardFields
    }
  }
`);

export const ReopenOpportunityMutation = graphql(`
  mutation ReopenOpportunity($id: ID!, $version: Int) {
    reopenOpportunity(id: $id, version: $version) {
      ...OpportunityCardFields
    }
  }
`);
