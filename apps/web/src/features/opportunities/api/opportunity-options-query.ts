// What the opportunity form offers: stages, lost reasons, lead sources, enabled currencies, users and the client's persons.
import { graphql } from '@veza/shared/graphql';

export const OpportunityOptionsQuery = graphql(`
  query OpportunityOptions {
    stages: dictionary(kind: OPPORTUNITY_STAGE) {
      id
      key
      meta
      labels {
        en
        pl
        hr
        cs
      }
    }
    lostReasons: dictionary(kind: LOST_REASON) {
      id
      key
      labels {
        en
        pl
        hr
        cs
      }
    }
    leadSources: dictionary(kind: LEAD_SOURCE) {
      id
      labels {
        en
        pl
        hr
        cs
      }
    }
    currencies {
      code
      isBase
    }
  }
`);
