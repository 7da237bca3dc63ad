// auditLog(filter, first, after): a record's Changes tab (whoever may read the record) and the admin log (audit.read).
import {
  AUDIT_RECORD_KINDS,
  AUDIT_RECORD_TYPES,
  AuditLogFilter,
  fromGlobalId,
  type AuditRecordKind,
  type PermissionKey,
} from '@veza/shared';
import { hasPermission, requirePermission } from '../../auth/permissions.ts';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, notFound, parseInput } from '../../graphql/errors.ts';
import { parseId } from '../../graphql/ids.ts';
import { getActivity } from '../activities/index.ts';
import { personScopeWhere, scopeOf, scopeWhere } from '../visibility/index.ts';
import { getOpportunity } from '../opportunities/index.ts';
import { snakeCase, toAuditNode } from './audit.mapper.ts';
import { AuditRepository, type AuditQuery } from './audit.repository.ts';

/** The permission that lets a viewer read records of a kind — and so their audit entries. */
const READ_PERMISSION: Record<AuditRecordKind, PermissionKey> = {
  CLIENT: 'clients.read',
  PERSON: 'clients.read',
  ACTIVITY: 'activities.read',
  OPPORTUNITY: 'opportunities.read',
  USER: 'users.read',
  PERMISSION_PROFILE: 'profiles.manage',
  DICTIONARY: 'dictionaries.manage',
  MAIL_SETTINGS: 'mail.settings',
  LDAP_SETTINGS: 'users.manage',
};

const ANY_READ = [...new Set(Object.values(READ_PERMISSION))] as [PermissionKey, ...PermissionKey[]];

/**
 * What of the audit log the viewer may read — the single place the record-visibility work extends (teams, "own"
 * scopes): today the kinds whose read permission the viewer holds; a record's Changes tab additionally requires the
 * record itself to be readable (`recordScope`). Secret values are never stored, so no field is redacted here.
 */
const SCOPED_KINDS = [
  ['CLIENT', 'CLIENTS'],
  ['ACTIVITY', 'ACTIVITIES'],
  ['OPPORTUNITY', 'OPPORTUNITIES'],
] as const;

/**
 * What of the log the viewer may read: the kinds their permissions open, and for clients, persons, activities and
 * opportunities only the records their read scope reaches (modules/visibility).
 */
export function auditVisibility(ctx: Context): Pick<AuditQuery, 'kinds' | 'scopes'> {
  const scopes: NonNullable<AuditQuery['scopes']> = {};
  for (const [kind, recordKind] of SCOPED_KINDS)
    if (scopeOf(ctx.viewer!, recordKind, 'read') !== 'ALL')
      scopes[kind] = scopeWhere(ctx.viewer!, recordKind, 'read', 'x');
  // A person is readable through one of their clients (modules/visibility).
  if (scopeOf(ctx.viewer!, 'CLIENTS', 'read') !== 'ALL') scopes.PERSON = personScopeWhere(ctx.viewer!, 'read', 'x');
  return { kinds: AUDIT_RECORD_KINDS.filter((kind) => hasPermission(ctx, READ_PERMISSION[kind])), scopes };
}

/** The record behind a Changes tab, if the viewer may read it: its kind and ids (with the records merged into it). */
async function recordScope(ctx: Context, recordGlobalId: string): Promise<{ kind: AuditRecordKind; ids: string[] }> {
  const type = fromGlobalId(recordGlobalId)?.type;
  const kind = AUDIT_RECORD_KINDS.find((k) => AUDIT_RECORD_TYPES[k] === type);
  if (!kind) throw badInput('filter.recordId', 'validation.id');
  requirePermission(ctx, READ_PERMISSION[kind]);
  const id = parseId(recordGlobalId, type!, 'filter.recordId');
  if (kind === 'CLIENT' || kind === 'PERSON') {
    const ids = await new AuditRepository(ctx.db).withMerged(kind, id);
    if (!ids) throw notFound(type!);
    return { kind, ids };
  }
  const readable =
    kind === 'ACTIVITY'
      ? await getActivity(ctx, recordGlobalId)
      : kind === 'OPPORTUNITY'
        ? await getOpportunity(ctx, recordGlobalId)
        : true;
  if (!readable) throw notFound(type!);
  return { kind, ids: [id] };
}

type Args = { filter?: unknown; first?: number | null; after?: string | null };

async function queryOf(ctx: Context, args: Args): Promise<AuditQuery> {
  const filter = parseInput(AuditLogFilter, args.filter ?? {}, 'filter');
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, 2) as [string, string] | null;
  if (after && Number.isNaN(Date.parse(after[0]))) throw badInput('after', 'validation.cursor');
  const base = {
    recordKind: filter.recordKind,
    actorId: filter.actorId ? parseId(filter.actorId, 'User', 'filter.actorId') : null,
    from: filter.from,
    to: filter.to,
    column: filter.field ? snakeCase(filter.field) : null,
    after: after ? { at: after[0], id: after[1] } : null,
    limit: first + 1,
  };
  if (!filter.recordId) {
    requirePermission(ctx, 'audit.read');
    return { ...base, ...auditVisibility(ctx) };
  }
  const record = await recordScope(ctx, filter.recordId);
  return { ...base, kinds: [record.kind], recordIds: record.ids, scopes: auditVisibility(ctx).scopes };
}

export async function auditLog(ctx: Context, args: Args) {
  requirePermission(ctx, ANY_READ);
  const query = await queryOf(ctx, args);
  const repo = new AuditRepository(ctx.db);
  const rows = await repo.list(query);
  return toConnection(
    rows,
    query.limit - 1,
    query.after != null,
    (row) => [row.at.toISOString(), row.id],
    toAuditNode,
    () => repo.count(query),
  );
}
