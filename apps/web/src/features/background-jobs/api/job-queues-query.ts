// Every background queue with its job counts.
import { graphql } from '@veza/shared/graphql';

export const JobQueuesQuery = graphql(`
  query JobQueues {
    jobQueues {
      name
      policy
      retryLimit
      expireInSeconds
      queued
      active
      failed
      completed
      cancelled
    }
  }
`);
