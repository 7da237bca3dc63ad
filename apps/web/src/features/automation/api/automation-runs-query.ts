// A rule's run log, newest first.
import { graphql } from '@veza/shared/graphql';

export const AutomationRunsQuery = graphql(`
  query AutomationRuns($ruleId: ID!, $first: Int, $after: String) {
    automationRuns(ruleId: $ruleId, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          startedAt
          matched
          summary
          error
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
