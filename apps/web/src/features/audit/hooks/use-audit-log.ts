// Audit entries page by page (keyset), for a record's Changes tab and for the admin log.
import type { ResultOf, VariablesOf } from '../../../lib/graphql-types.ts';
import { useKeysetConnection } from '../../../lib/use-keyset-connection.ts';
import { AuditLogQuery } from '../api/audit-log-query.ts';

type Data = ResultOf<typeof AuditLogQuery>;
export type AuditLogFilter = NonNullable<VariablesOf<typeof AuditLogQuery>['filter']>;
const select = (data: Data) => data.auditLog;

export function useAuditLog(filter: AuditLogFilter, skip = false) {
  const { rows, ...list } = useKeysetConnection(AuditLogQuery, {
    variables: { filter, first: 30 },
    select,
    skip,
  });
  return { ...list, entries: rows };
}

export type AuditEntryRow = ReturnType<typeof useAuditLog>['entries'][number];
export type AuditChange = AuditEntryRow['changes'][number];
