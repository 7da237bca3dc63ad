// The board: every stage with its count and sums in the base currency, and the first cards of each column.
import { graphql } from '@veza/shared/graphql';

export const PipelineQuery = graphql(`
  query Pipeline($filter: OpportunityFilter, $first: Int) {
    pipeline(filter: $filter) {
      baseCurrency
      rateDate
      missingRates
      stages {
        count
        sum
        weightedSum
        stage {
          id
          key
          color
          meta
          labels {
            en
            pl
            hr
            cs
          }
        }
        opportunities(first: $first) {
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
    }
  }
`);
