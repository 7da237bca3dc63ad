// Opportunity fields shared by the board's cards, the list, the client tab and the detail page.
import { graphql } from '@veza/shared/graphql';

export const OpportunityCardFieldsFragment = graphql(`
  fragment OpportunityCardFields on Opportunity {
    id
    name
    status
    amount
    currency
    baseAmount
    baseCurrency
    expectedCloseOn
    probability
    overdue
    position
    version
    closedAt
    clientName
    client {
      id
      name
    }
    owner {
      id
      name
    }
    stage {
      id
      key
      color
      labels {
        en
        pl
        hr
        cs
      }
    }
  }
`);
