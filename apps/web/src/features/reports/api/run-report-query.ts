// Runs a report definition: group labels, values per measure, subtotals and totals, and the list behind each cell.
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
        drill {
          list
          filter
        }
      }
      totals
      totalDrill {
        list
        filter
      }
      truncated
      baseCurrency
    }
  }
`);
