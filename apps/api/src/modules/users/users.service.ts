// User and permission-profile administration: permission checks, validation, optimistic concurrency.
import { CreateUserInput, PERMISSIONS, PermissionProfileInput, UpdateUserInput, permissionGroupOf } from '@veza/shared';
import { hashPassword } from '../../auth/password.ts';
import { hasPermission, requirePermission, requireViewer } from '../../auth/permissions.ts';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { AppError, badInput, conflict, notFound, parseInput } from '../../graphql/errors.ts';
import { parseId, tryParseId } from '../../graphql/ids.ts';
import { revokeAllCredentials } from '../auth/index.ts';
import { scopeColumns, toColleagueNode, toProfileNode, toUserNode } from './users.mapper.ts';
import { UsersRepository, type UserListFilter } from './users.repository.ts';

type ListArgs = {
  filter?: { search?: string | null; active?: boolean | null; profileId?: string | null } | null;
  first?: number | null;
  after?: string | null;
};

type NameKey = { name: string; id: string };

/** A keyset page of users by (name, id): the cursor holds the last row's name and id. */
async function pageByName<R extends NameKey, N>(
  args: { first?: number | null; after?: string | null },
  fetch: (after: NameKey | null, limit: number) => Promise<R[]>,
  toNode: (row: R) => N,
  count: () => Promise<number>,
) {
  const first = pageSize(args.first);
  const cursor = decodeCursor(args.after, 2);
  const after = cursor ? { name: String(cursor[0]), id: String(cursor[1]) } : null;
  const rows = await fetch(after, first + 1);
  return toConnection(rows, first, after != null, (r) => [r.name, r.id], toNode, count);
}

export async function listUsers(ctx: Context, args: ListArgs) {
  requirePermission(ctx, 'users.read');
  const repo = new UsersRepository(ctx.db);
  const filter: UserListFilter = {
    search: args.filter?.search ?? undefined,
    active: args.filter?.active ?? undefined,
    profileId: args.filter?.profileId
      ? parseId(args.filter.profileId, 'PermissionProfile', 'filter.profileId')
      : undefined,
  };
  return pageByName(
    args,
    (after, limit) => repo.listUsers(filter, after, limit),
    toUserNode,
    () => repo.countUsers(filter),
  );
}

/**
 * Active users anyone working with activities may pick as owner or participant, without users.read: only id, name
 * and e-mail leave the server.
 */
export async function listColleagues(
  ctx: Context,
  args: { search?: string | null; first?: number | null; after?: string | null },
) {
  requirePermission(ctx, ['activities.read', 'activities.write']);
  const repo = new UsersRepository(ctx.db);
  const filter: UserListFilter = { search: args.search ?? undefined, active: true };
  return pageByName(
    args,
    (after, limit) => repo.listColleagues(filter, after, limit),
    toColleagueNode,
    () => repo.countUsers(filter),
  );
}

/** A user may always read their own record; others need users.read. */
export async function getUser(ctx: Context, globalId: string) {
  const viewer = requireViewer(ctx);
  const id = tryParseId(globalId, 'User');
  if (!id) return null;
  if (id !== viewer.user.id) requirePermission(ctx, 'users.read');
  const row = await new UsersRepository(ctx.db).findUser(id);
  return row ? toUserNode(row) : null;
}

async function resolveProfileIds(repo: UsersRepository, globalIds: string[]): Promise<string[]> {
  const ids = [...new Set(globalIds.map((g, i) => parseId(g, 'PermissionProfile', `profileIds.${i}`)))];
  const existing = await repo.existingProfileIds(ids);
  const missing = ids.findIndex((id) => !existing.has(id));
  if (missing >= 0) throw badInput(`profileIds.${missing}`, 'validation.unknownProfile');
  return ids;
}

export async function createUser(ctx: Context, args: unknown) {
  requirePermission(ctx, 'users.manage');
  const input = parseInput(CreateUserInput, args);
  const repo = new UsersRepository(ctx.db);
  if (await repo.emailTaken(input.email)) throw badInput('email', 'validation.emailTaken');
  const profileIds = await resolveProfileIds(repo, input.profileIds);
  const { password, ...rest } = input;
  const row = await repo.createUser({ ...rest, profileIds, passwordHash: await hashPassword(password) });
  return toUserNode(row);
}

/** A new manager: an existing user, not the user, not someone they (indirectly) manage. */
async function resolveManager(repo: UsersRepository, userId: string, globalManagerId: string | null | undefined) {
  if (!globalManagerId) return globalManagerId;
  const managerId = parseId(globalManagerId, 'User', 'input.managerId');
  if (managerId === userId) throw badInput('input.managerId', 'validation.managerSelf');
  const chain = await repo.managerChain(managerId);
  if (chain.length === 0) throw badInput('input.managerId', 'validation.unknownUser');
  if (chain.includes(userId)) throw badInput('input.managerId', 'validation.managerCycle');
  return managerId;
}

export async function updateUser(ctx: Context, args: { id: string; version: number; input: unknown }) {
  const viewer = requirePermission(ctx, 'users.manage');
  const id = parseId(args.id, 'User');
  const input = parseInput(UpdateUserInput, args.input, 'input');
  const repo = new UsersRepository(ctx.db);
  if (id === viewer.user.id && input.active === false) throw badInput('input.active', 'validation.cannotDisableSelf');
  if (input.email && (await repo.emailTaken(input.email, id))) throw badInput('input.email', 'validation.emailTaken');
  const profileIds = input.profileIds ? await resolveProfileIds(repo, input.profileIds) : undefined;
  const managerId = await resolveManager(repo, id, input.managerId);
  const { password, profileIds: _ignored, ...data } = input;
  const passwordHash = password ? await hashPassword(password) : undefined;
  const row = await repo.updateUser(id, args.version, { ...data, managerId, passwordHash }, profileIds);
  if (!row) throw (await repo.findUser(id)) ? conflict() : notFound('User');
  // Disabling or a new password ends every session and token at once.
  if (input.active === false || passwordHash) {
    await revokeAllCredentials(ctx.db, id);
  }
  return toUserNode(row);
}

/** Profiles are listed for profile admins and for user admins, who assign them. */
function requireProfileReader(ctx: Context) {
  if (!hasPermission(ctx, 'profiles.manage')) requirePermission(ctx, 'users.read');
}

/** How many users hold a profile: for profile and user admins only (an agent reaches its own profiles via `me`). */
export async function profileUserCount(ctx: Context, globalId: string): Promise<number> {
  requireProfileReader(ctx);
  const id = tryParseId(globalId, 'PermissionProfile');
  return id ? ctx.loaders.userCountByProfileId.load(id) : 0;
}

export async function listProfiles(ctx: Context) {
  requireProfileReader(ctx);
  return (await new UsersRepository(ctx.db).listProfiles()).map(toProfileNode);
}

export function permissionCatalog(ctx: Context) {
  requireProfileReader(ctx);
  return PERMISSIONS.map((key) => ({ key, group: permissionGroupOf(key) }));
}

export async function getProfile(ctx: Context, globalId: string) {
  requireProfileReader(ctx);
  const id = tryParseId(globalId, 'PermissionProfile');
  const row = id ? await new UsersRepository(ctx.db).findProfile(id) : null;
  return row ? toProfileNode(row) : null;
}

export async function createProfile(ctx: Context, args: unknown) {
  requirePermission(ctx, 'profiles.manage');
  const input = parseInput(PermissionProfileInput, args, 'input');
  const repo = new UsersRepository(ctx.db);
  if (await repo.profileNameTaken(input.name)) throw badInput('input.name', 'validation.nameTaken');
  const { scopes, ...rest } = input;
  const data = { ...rest, permissions: [...new Set(input.permissions)], ...scopeColumns(scopes) };
  return toProfileNode(await repo.createProfile(data));
}

export async function updateProfile(ctx: Context, args: { id: string; version: number; input: unknown }) {
  requirePermission(ctx, 'profiles.manage');
  const id = parseId(args.id, 'PermissionProfile');
  const input = parseInput(PermissionProfileInput, args.input, 'input');
  const repo = new UsersRepository(ctx.db);
  if (await repo.profileNameTaken(input.name, id)) throw badInput('input.name', 'validation.nameTaken');
  const existing = await repo.findProfile(id);
  if (!existing) throw notFound('PermissionProfile');
  // The administrator profile must keep the power to administer, or nobody could undo the change.
  if (
    existing.systemKey === 'administrator' &&
    !['users.manage', 'profiles.manage'].every((k) => input.permissions.includes(k))
  ) {
    throw badInput('input.permissions', 'validation.adminProfileLocked');
  }
  const { scopes, ...rest } = input;
  const data = { ...rest, permissions: [...new Set(input.permissions)], ...scopeColumns(scopes) };
  const row = await repo.updateProfile(id, args.version, data);
  if (!row) throw conflict();
  return toProfileNode(row);
}

export async function deleteProfile(ctx: Context, globalId: string) {
  requirePermission(ctx, 'profiles.manage');
  const id = parseId(globalId, 'PermissionProfile');
  const repo = new UsersRepository(ctx.db);
  const existing = await repo.findProfile(id);
  if (!existing) throw notFound('PermissionProfile');
  if (existing.systemKey) throw new AppError('CONFLICT', 'validation.systemProfile');
  const counts = await repo.userCountsByProfileIds([id]);
  if ((counts.get(id) ?? 0) > 0) throw new AppError('CONFLICT', 'validation.profileInUse');
  await repo.deleteProfile(id);
  return true;
}
