// One page of opportunities for a filter and order (the list view and the client tab).
import { graphql } from '@veza/shared/graphql';

export const OpportunitiesQuery = graphql(`
  query Opportunities($filter: OpportunityFilter, $orderBy: [OpportunityOrder!], $first: Int, $after: String) {
    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...OpportunityCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
