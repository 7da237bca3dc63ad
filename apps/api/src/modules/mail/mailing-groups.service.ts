// Mailing groups: categories, groups and members (only persons with an address and marketing consent are added):
// ticked persons, or the persons of the clients a filter matches (added now, or the filter kept on the group).
import { AddMailingGroupMembersInput, CreateMailingGroupInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, parseInput } from '../../graphql/errors.ts';
import { globalId, parseId } from '../../graphql/ids.ts';
import { clientWhere } from '../clients/index.ts';
import { MailingGroupMembersRepository } from './mailing-group-members.repository.ts';
import { MailingGroupsRepository, type MailingGroupRow } from './mailing-groups.repository.ts';
import { requireWholeScope } from '../visibility/index.ts';

export const toMailingGroupNode = (row: MailingGroupRow) => ({ ...row, id: globalId('MailingGroup', row.id) });

export async function mailingGroupCategories(ctx: Context) {
  requirePermission(ctx, 'mailings.manage');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const rows = await new MailingGroupsRepository(ctx.db).categories();
  return rows.map((r) => ({ id: globalId('MailingGroupCategory', r.id), name: r.name }));
}

export async function mailingGroups(ctx: Context) {
  requirePermission(ctx, 'mailings.manage');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  return (await new MailingGroupsRepository(ctx.db).groups()).map(toMailingGroupNode);
}

export async function mailingGroup(ctx: Context, args: { id: string }) {
  requirePermission(ctx, 'mailings.manage');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const [row] = await new MailingGroupsRepository(ctx.db).groups([parseId(args.id, 'MailingGroup', 'id')]);
  return row ? toMailingGroupNode(row) : null;
}

export async function createMailingGroup(ctx: Context, args: { input: unknown }) {
  const viewer = requirePermission(ctx, 'mailings.manage');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const input = parseInput(CreateMailingGroupInput, args.input, 'input');
  const repo = new MailingGroupsRepository(ctx.db);
  const categoryId = input.category ? await repo.categoryId(input.category) : null;
  const { id } = await repo.create({ name: input.name, categoryId, createdById: viewer.user.id });
  return toMailingGroupNode((await repo.groups([id]))[0]!);
}

/** The live group with this global id, or BAD_USER_INPUT on `field`. */
export async function liveGroup(ctx: Context, id: string, field: string) {
  const groupId = parseId(id, 'MailingGroup', field);
  const [group] = await new MailingGroupsRepository(ctx.db).groups([groupId]);
  if (!group) throw badInput(field, 'validation.id');
  return group;
}

async function byFilter(ctx: Context, groupId: string, filter: unknown, dynamic: boolean) {
  const { where } = await clientWhere(ctx, filter);
  const members = new MailingGroupMembersRepository(ctx.db);
  const counts = await members.byFilter(groupId, where, ctx.viewer!.user.id, !dynamic);
  if (dynamic) await members.setFilter(groupId, JSON.parse(JSON.stringify(filter)));
  return counts;
}

/** What adding by `filter` would do now; nothing is written (the count the page shows before adding). */
export async function mailingGroupFilterPreview(ctx: Context, args: { groupId: string; filter: unknown }) {
  const viewer = requirePermission(ctx, 'mailings.manage');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const group = await liveGroup(ctx, args.groupId, 'groupId');
  const { where } = await clientWhere(ctx, args.filter);
  const c = await new MailingGroupMembersRepository(ctx.db).byFilter(group.id, where, viewer.user.id, false);
  return { added: c.added, alreadyMembers: c.already, noAddress: c.no_address, noConsent: c.no_consent };
}

export async function addMailingGroupMembers(ctx: Context, args: { input: unknown }) {
  const viewer = requirePermission(ctx, 'mailings.manage');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const input = parseInput(AddMailingGroupMembersInput, args.input, 'input');
  const group = await liveGroup(ctx, input.groupId, 'input.groupId');
  const personIds = (input.personIds ?? []).map((id, i) => parseId(id, 'Person', `input.personIds.${i}`));
  const repo = new MailingGroupsRepository(ctx.db);
  const counts =
    input.filter != null
      ? await byFilter(ctx, group.id, input.filter, input.dynamic ?? false)
      : await repo.addMembers(group.id, [...new Set(personIds)], viewer.user.id);
  return {
    added: counts.added,
    alreadyMembers: counts.already,
    noAddress: counts.no_address,
    noConsent: counts.no_consent,
    group: toMailingGroupNode((await repo.groups([group.id]))[0]!),
  };
}

export async function removeMailingGroupMembers(
  ctx: Context,
  args: { groupId: string; personIds: string[]; clearFilter?: boolean | null },
) {
  requirePermission(ctx, 'mailings.manage');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const group = await liveGroup(ctx, args.groupId, 'groupId');
  if (args.personIds.length > 1000) throw badInput('personIds', 'validation.tooMany');
  const personIds = args.personIds.map((id, i) => parseId(id, 'Person', `personIds.${i}`));
  const members = new MailingGroupMembersRepository(ctx.db);
  if (personIds.length) await members.remove(group.id, personIds);
  if (args.clearFilter) await members.setFilter(group.id, null);
  return toMailingGroupNode((await new MailingGroupsRepository(ctx.db).groups([group.id]))[0]!);
}

/** A keyset page of a group's members (the parent group was already read with mailings.manage). */
export async function mailingGroupMembers(
  ctx: Context,
  groupGlobalId: string,
  args: { first?: number | null; after?: string | null },
) {
  requirePermission(ctx, 'mailings.manage');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const groupId = parseId(groupGlobalId, 'MailingGroup', 'id');
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, 1);
  const repo = new MailingGroupMembersRepository(ctx.db);
  const rows = await repo.page(groupId, after ? String(after[0]) : null, first + 1);
  return toConnection(
    rows,
    first,
    after != null,
    (r) => [r.personId],
    (r) => ({ ...r, personId: globalId('Person', r.personId) }),
    () => repo.count(groupId),
  );
}
