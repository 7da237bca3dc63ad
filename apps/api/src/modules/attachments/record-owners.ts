// Records that can carry attachments and notes, by GraphQL type: the permission to read and to write, and whether the
// viewer may see one record. Access to a file or a note always follows its record; a module adding a record type
// (opportunities, e-mails…) adds its entry here.
import type { PermissionKey } from '@veza/shared';
import { fromGlobalId } from '@veza/shared';
import { hasPermission, requirePermission, requireViewer } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, notFound } from '../../graphql/errors.ts';
import { canSee } from '../activities/index.ts';
import { canEdit } from '../opportunities/index.ts';
import { personsInScope, reaches, reachesClient } from '../visibility/index.ts';
import { AttachmentsRepository } from './attachments.repository.ts';

export type OwnerPolicy = {
  read: PermissionKey;
  write: PermissionKey;
  /** The record exists, is not deleted, and the viewer may see it. */
  visible(ctx: Context, rowId: string, access: 'read' | 'write'): Promise<boolean>;
};

/** A deleted client or person stays readable for those who may restore it; nobody adds to it. */
const liveOrRestorable = (ctx: Context, row: { deletedAt: Date | null } | null, access: 'read' | 'write') =>
  Boolean(row && (!row.deletedAt || (access === 'read' && hasPermission(ctx, 'clients.delete'))));

/** Within the viewer's CLIENTS read scope: whoever may read a client may read and add its files and notes. */
const clientVisible = async (ctx: Context, id: string, access: 'read' | 'write') => {
  const row = await ctx.loaders.clientById.load(id);
  const scoped = row && (await reachesClient(ctx.db, ctx.viewer!, 'read', row));
  return Boolean(scoped) && liveOrRestorable(ctx, row, access);
};

/** Within the viewer's CLIENTS read scope through one of the person's live clients. */
const personVisible = async (ctx: Context, id: string, access: 'read' | 'write') =>
  liveOrRestorable(ctx, await ctx.loaders.personById.load(id), access) &&
  (await personsInScope(ctx.db, ctx.viewer!, 'read', [id])).has(id);

const activityVisible = async (ctx: Context, id: string, access: 'read' | 'write') => {
  const row = await ctx.loaders.activityById.load(id);
  return Boolean(row && !row.deletedAt && (await canSee(ctx, row, access === 'read' ? 'read' : 'edit')));
};

/** Within the OPPORTUNITIES scope: read to read the files, edit to attach. */
const opportunityVisible = async (ctx: Context, id: string, access: 'read' | 'write') => {
  const row = await ctx.loaders.opportunityById.load(id);
  if (!row || row.deletedAt || !reaches(ctx.viewer!, 'OPPORTUNITIES', 'read', [row.ownerId])) return false;
  return access === 'read' || canEdit(ctx, row);
};

/** A template's files are read by whoever may send mail from it and changed by template editors. */
const templateVisible = (ctx: Context, id: string) => new AttachmentsRepository(ctx.db).templateLive(id);

export const RECORD_OWNERS: Record<string, OwnerPolicy> = {
  Client: { read: 'clients.read', write: 'clients.write', visible: clientVisible },
  Person: { read: 'clients.read', write: 'clients.write', visible: personVisible },
  Activity: { read: 'activities.read', write: 'activities.write', visible: activityVisible },
  Opportunity: { read: 'opportunities.read', write: 'opportunities.write', visible: opportunityVisible },
  EmailTemplate: { read: 'mail.send', write: 'mail.templates', visible: templateVisible },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Parses a record's global id, checks the permission for `access` and the record's visibility. Record types outside
 * `allowed` are BAD_USER_INPUT on `field`; a record the viewer may not see is NOT_FOUND (its existence is not told).
 */
export async function requireRecord(
  ctx: Context,
  globalId: string,
  access: 'read' | 'write',
  field = 'ownerId',
  allowed: readonly string[] = Object.keys(RECORD_OWNERS),
): Promise<{ type: string; rowId: string }> {
  requireViewer(ctx);
  const parsed = fromGlobalId(globalId);
  const policy = parsed && allowed.includes(parsed.type) ? RECORD_OWNERS[parsed.type] : undefined;
  if (!parsed || !policy || !UUID.test(parsed.id)) throw badInput(field, 'validation.id');
  await checkRecord(ctx, parsed.type, parsed.id, access);
  return { type: parsed.type, rowId: parsed.id };
}

/** The same check for a stored (type, row id) pair, e.g. an attachment's owner. */
export async function checkRecord(ctx: Context, type: string, rowId: string, access: 'read' | 'write') {
  const policy = RECORD_OWNERS[type];
  if (!policy) throw notFound('Record');
  requirePermission(ctx, policy[access]);
  if (!(await policy.visible(ctx, rowId, access))) throw notFound(type);
}
