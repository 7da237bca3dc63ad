// What the opportunity form, list and board offer: stages, lost reasons, lead sources, enabled currencies and the
// opportunity attributes.
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
    attributes: attributeDefinitions(entity: OPPORTUNITY) {
      id
      key
      type
      required
      active
      labels {
        en
        pl
        hr
        cs
      }
      help {
        en
        pl
        hr
        cs
      }
      choices {
        key
        active
        labels {
          en
          pl
          hr
          cs
        }
      }
    }
  }
`);
