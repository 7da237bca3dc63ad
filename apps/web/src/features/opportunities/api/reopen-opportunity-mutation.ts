// Reopens a won or lost opportunity.
import { graphql } from '@veza/shared/graphql';

export const ReopenOpportunityMutation = graphql(`
  mutation ReopenOpportunity($id: ID!, $version: Int) {
    reopenOpportunity(id: $id, version: $version) {
      ...OpportunityCardFields
    }
  }
`);
