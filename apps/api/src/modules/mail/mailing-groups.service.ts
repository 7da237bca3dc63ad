// Mailing groups: categories, groups and members (only persons with an address and marketing consent are added).
import { AddMailingGroupMembersInput, CreateMailingGroupInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, parseInput } from '../../graphql/errors.ts';
import { globalId, parseId } from '../../graphql/ids.ts';
import { MailingGroupsRepository, type MailingGroupRow } from './mailing-groups.repository.ts';

export const toMailingGroupNode = (row: MailingGroupRow) => ({ ...row, id: globalId('MailingGroup', row.id) });

export async function mailingGroupCategories(ctx: Context) {
  requirePermission(ctx, 'mailings.manage');
  const rows = await new MailingGroupsRepository(ctx.db).categories();
  return rows.map((r) => ({ id: globalId('MailingGroupCategory', r.id), name: r.name }));
}

export async function mailingGroups(ctx: Context) {
  requirePermission(ctx, 'mailings.manage');
  return (await new MailingGroupsRepository(ctx.db).groups()).map(toMailingGroupNode);
}

export async function createMailingGroup(ctx: Context, args: { input: unknown }) {
  const viewer = requirePermission(ctx, 'mailings.manage');
  const input = parseInput(CreateMailingGroupInput, args.input, 'input');
  const repo = new MailingGroupsRepository(ctx.db);
  const categoryId = input.category ? await repo.categoryId(input.category) : null;
  const { id } = await repo.create({ name: input.name, categoryId, createdById: viewer.user.id });
  return toMailingGroupNode((await repo.groups([id]))[0]!);
}

export async function addMailingGroupMembers(ctx: Context, args: { input: unknown }) {
  const viewer = requirePermission(ctx, 'mailings.manage');
  const input = parseInput(AddMailingGroupMembersInput, args.input, 'input');
  const groupId = parseId(input.groupId, 'MailingGroup', 'input.groupId');
  const personIds = input.personIds.map((id, i) => parseId(id, 'Person', `input.personIds.${i}`));
  const repo = new MailingGroupsRepository(ctx.db);
  const [group] = await repo.groups([groupId]);
  if (!group) throw badInput('input.groupId', 'validation.id');
  const counts = await repo.addMembers(groupId, [...new Set(personIds)], viewer.user.id);
  return {
    added: counts.added,
    alreadyMembers: counts.already,
    noAddress: counts.no_address,
    noConsent: counts.no_consent,
    group: toMailingGroupNode((await repo.groups([groupId]))[0]!),
  };
}
