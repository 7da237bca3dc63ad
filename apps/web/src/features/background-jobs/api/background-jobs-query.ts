// Background jobs, newest first, of one queue and some states.
import { graphql } from '@veza/shared/graphql';

export const BackgroundJobsQuery = graphql(`
  query BackgroundJobs($queue: String, $states: [BackgroundJobState!], $first: Int, $after: String) {
    backgroundJobs(queue: $queue, states: $states, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...BackgroundJobFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
