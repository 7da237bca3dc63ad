// The opportunity stages an OPPORTUNITY rule's condition can name.
import { graphql } from '@veza/shared/graphql';

export const RuleOpportunityStagesQuery = graphql(`
  query RuleOpportunityStages {
    dictionary(kind: OPPORTUNITY_STAGE) {
      id
      label
    }
  }
`);
