// One import's state, progress, counts and first problems (polled while it runs).
import { graphql } from '@veza/shared/graphql';

export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id
      state
      dryRun
      processed
      total
      created
      updated
      unchanged
      invalid
      error
      reportUrl
      issues {
        row
        field
        message
        value
      }
      unmatchedValues {
        field
        distinct
        capped
        values {
          value
          rows
        }
      }
    }
  }
`);
