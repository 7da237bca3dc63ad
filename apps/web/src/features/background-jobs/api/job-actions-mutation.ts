// Retrying a failed job and cancelling a waiting or running one.
import { graphql } from '@veza/shared/graphql';

export const RetryBackgroundJobMutation = graphql(`
  mutation RetryBackgroundJob($queue: String!, $id: ID!) {
    retryBackgroundJob(queue: $queue, id: $id) {
      ...BackgroundJobFields
    }
  }
`);

export const CancelBackgroundJobMutation = graphql(`
  mutation CancelBackgroundJob($queue: String!, $id: ID!) {
    cancelBackgroundJob(queue: $queue, id: $id) {
      ...BackgroundJobFields
    }
  }
`);
