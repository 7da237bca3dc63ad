// Edits an opportunity (stale version: CONFLICT).
import { graphql } from '@veza/shared/graphql';

export const UpdateOpportunityMutation = graphql(`
  mutation UpdateOpportunity($id: ID!, $version: Int!, $input: UpdateOpportunityInput!) {
    updateOpportunity(id: $id, version: $version, input: $input) {
      ...OpportunityCardFields
    }
  }
`);
