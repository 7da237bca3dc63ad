// The fields of a background job the admin page shows.
import { graphql } from '@veza/shared/graphql';

export const BackgroundJobFields = graphql(`
  fragment BackgroundJobFields on BackgroundJob {
    id
    queue
    state
    error
    retryCount
    retryLimit
    createdAt
    startedAt
    completedAt
  }
`);
