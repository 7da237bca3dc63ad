// The ready-made reports and the caller's own and shared saved ones.
import { graphql } from '@veza/shared/graphql';

export const SavedReportsQuery = graphql(`
  query SavedReports {
    savedReports {
      id
      name
      readyKey
      shared
      pinned
      chart
      definition
      editable
      version
    }
  }
`);
