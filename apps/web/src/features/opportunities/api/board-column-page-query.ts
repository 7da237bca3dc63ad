// More cards of one board column (same order and cursor as the pipeline's first page of that stage).
import { graphql } from '@veza/shared/graphql';

export const BoardColumnPageQuery = graphql(`
  query BoardColumnPage($filter: OpportunityFilter, $orderBy: [OpportunityOrder!], $first: Int, $after: String) {
    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
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
