// An audit row as the API shows it: global ids, camelCase field names, how the change was made.
import { AUDIT_RECORD_TYPES } from '@veza/shared';
import { globalId } from '../../graphql/ids.ts';
import type { AuditRow } from './audit.repository.ts';

export const camelCase = (column: string) => column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
export const snakeCase = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const isHidden = (pair: [unknown, unknown]) => pair[0] === null && pair[1] === null;

export function toAuditNode(row: AuditRow) {
  const type = AUDIT_RECORD_TYPES[row.record_kind];
  return {
    id: row.id,
    at: row.at,
    recordKind: row.record_kind,
    recordId: type && row.record_id ? globalId(type, row.record_id) : null,
    operation: row.op,
    actorId: row.actor_id,
    via: row.api_token_id ? ('API_TOKEN' as const) : row.session_id ? ('SESSION' as const) : ('SYSTEM' as const),
    sessionId: row.session_id,
    apiTokenId: row.api_token_id,
    source: row.source,
    changes: Object.entries(row.changes).map(([column, pair]) => ({
      field: camelCase(column),
      oldValue: pair[0],
      newValue: pair[1],
      hidden: isHidden(pair),
    })),
  };
}

export type AuditNode = ReturnType<typeof toAuditNode>;
