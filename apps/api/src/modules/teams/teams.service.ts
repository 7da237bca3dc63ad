// Teams: who may list and change them, validation of manager and members, optimistic concurrency.
import { TeamInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, conflict, notFound, parseInput } from '../../graphql/errors.ts';
import { parseId, tryParseId } from '../../graphql/ids.ts';
import { toTeamNode } from './teams.mapper.ts';
import { TeamsRepository } from './teams.repository.ts';

export async function listTeams(ctx: Context) {
  requirePermission(ctx, ['users.read', 'profiles.manage']);
  return (await new TeamsRepository(ctx.db).list()).map(toTeamNode);
}

export async function getTeam(ctx: Context, globalId: string) {
  requirePermission(ctx, ['users.read', 'profiles.manage']);
  const id = tryParseId(globalId, 'Team');
  const row = id ? await new TeamsRepository(ctx.db).find(id) : null;
  return row ? toTeamNode(row) : null;
}

/** Global User ids -> raw ids, each an existing user; a bad one is BAD_USER_INPUT on its field. */
async function resolveUsers(repo: TeamsRepository, input: TeamInput) {
  const managerId = input.managerId == null ? null : tryParseId(input.managerId, 'User');
  if (input.managerId != null && (!managerId || (await repo.countUsers([managerId])) !== 1))
    throw badInput('input.managerId', 'teams.errors.userNotFound');
  const memberIds = input.memberIds.map((id) => tryParseId(id, 'User'));
  const raw = [...new Set(memberIds.filter((id): id is string => id != null))];
  if (raw.length !== memberIds.length || (await repo.countUsers(raw)) !== raw.length)
    throw badInput('input.memberIds', 'teams.errors.userNotFound');
  return { name: input.name, managerId, memberIds: raw };
}

export async function createTeam(ctx: Context, args: unknown) {
  requirePermission(ctx, 'users.manage');
  const input = parseInput(TeamInput, args, 'input');
  const repo = new TeamsRepository(ctx.db);
  if (await repo.nameTaken(input.name)) throw badInput('input.name', 'validation.nameTaken');
  return toTeamNode(await repo.create(await resolveUsers(repo, input)));
}

export async function updateTeam(ctx: Context, args: { id: string; version: number; input: unknown }) {
  requirePermission(ctx, 'users.manage');
  const id = parseId(args.id, 'Team');
  const input = parseInput(TeamInput, args.input, 'input');
  const repo = new TeamsRepository(ctx.db);
  if (!(await repo.find(id))) throw notFound('Team');
  if (await repo.nameTaken(input.name, id)) throw badInput('input.name', 'validation.nameTaken');
  const row = await repo.update(id, args.version, await resolveUsers(repo, input));
  if (!row) throw conflict();
  return toTeamNode(row);
}
