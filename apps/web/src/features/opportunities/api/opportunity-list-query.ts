// One page of the opportunity list: the card fields plus what the list's extra columns show.
import { graphql } from '@veza/shared/graphql';

export const OpportunityListQuery = graphql(`
  query OpportunityList($filter: OpportunityFilter, $orderBy: [OpportunityOrder!], $first: Int, $after: String) {
    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...OpportunityCardFields
          createdAt
          attributes
          leadSource {
            id
            labels {
              en
              pl
              hr
              cs
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
