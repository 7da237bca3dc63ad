// The active values of the dictionaries an import column can map to (status, segment, industry, lead source), for
// mapping unmatched file values by hand.
import { graphql } from '@veza/shared/graphql';

export const ImportDictionariesQuery = graphql(`
  query ImportDictionaries {
    status: dictionary(kind: CLIENT_STATUS) {
      id
      labels {
        en
        pl
        hr
        cs
      }
    }
    segment: dictionary(kind: CLIENT_SEGMENT) {
      id
      labels {
        en
        pl
        hr
        cs
      }
    }
    industry: dictionary(kind: INDUSTRY) {
      id
      labels {
        en
        pl
        hr
        cs
      }
    }
    leadSource: dictionary(kind: LEAD_SOURCE) {
      id
      labels {
        en
        pl
        hr
        cs
      }
    }
  }
`);
