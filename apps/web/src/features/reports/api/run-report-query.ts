// Runs a report definition: group labels, values per measure, subtotals and totals.
import { graphql } from '@veza/shared/graphql';

export const RunReportQuery = graphql(`
  query RunReport($definition: ReportDefinitionInput!) {
    runReport(definition: $definition) {
      columns {
        key
        kind
        dimension
        fn
        field
      }
      rows {
        level
        groups {
          key
          id
          label
        }
        values
      }
      totals
      truncated
      baseCurrency
    }
  }
`);
