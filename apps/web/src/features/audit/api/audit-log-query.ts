// The audit log: a record's changes (its Changes tab) or the whole log (Administration › Audit log).
import { graphql } from '@veza/shared/graphql';

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          at
          recordKind
          recordId
          operation
          via
          source
          actor {
            id
            name
          }
          changes {
            field
            oldValue
            newValue
            oldLabel
            newLabel
            hidden
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
