// Creates an opportunity.
import { graphql } from '@veza/shared/graphql';

export const CreateOpportunityMutation = graphql(`
  mutation CreateOpportunity($input: CreateOpportunityInput!) {
    createOpportunity(input: $input) {
      ...OpportunityCardFields
    }
  }
`);
