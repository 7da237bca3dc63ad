// The client's opportunities (by name) an activity can be linked to, and the currencies a new one may use.
import { graphql } from '@veza/shared/graphql';

export const ActivityOpportunityOptionsQuery = graphql(`
  query ActivityOpportunityOptions($clientId: ID!) {
    opportunities(filter: { clientId: $clientId }, orderBy: [{ field: NAME }], first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    currencies {
      code
      isBase
    }
  }
`);
