// Database access for users and permission profiles.
import type { RecordScope } from '@veza/shared';
import type { Db } from '../../db/prisma.ts';

export const userSelect = {
  id: true,
  email: true,
  name: true,
  locale: true,
  timeZone: true,
  active: true,
  managerId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** What a colleague (see listColleagues) may learn about another user. */
export const colleagueSelect = { id: true, name: true, email: true } as const;

export const profileSelect = {
  id: true,
  name: true,
  description: true,
  permissions: true,
  systemKey: true,
  version: true,
  clientsRead: true,
  clientsEdit: true,
  activitiesRead: true,
  activitiesEdit: true,
  opportunitiesRead: true,
  opportunitiesEdit: true,
  campaignsRead: true,
  campaignsEdit: true,
} as const;

/** A profile's scope columns (`clientsRead`, `clientsEdit`, …), written as given. */
export type ProfileScopeColumns = Partial<Record<`${ScopeKindColumn}${'Read' | 'Edit'}`, RecordScope>>;
type ScopeKindColumn = 'clients' | 'activities' | 'opportunities' | 'campaigns';

export type UserRow = NonNullable<Awaited<ReturnType<UsersRepository['findUser']>>>;
export type ProfileRow = {
  id: string;
  name: string;
  description: string;
  permissions: string[];
  systemKey: string | null;
  version: number;
} & Required<ProfileScopeColumns>;

export type UserListFilter = { search?: string; active?: boolean; profileId?: string };

function userWhere(filter: UserListFilter) {
  const search = filter.search?.trim();
  return {
    ...(filter.active != null ? { active: filter.active } : {}),
    ...(filter.profileId ? { profiles: { some: { profileId: filter.profileId } } } : {}),
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: 'insensitive' as const } },
            { email: { contains: search, mode: 'insensitive' as const } },
          ],
        }
      : {}),
  };
}

type NameKey = { name: string; id: string };

/** Keyset page ordered by (name, id), fetching limit rows (the users (name, id) index). */
function byName(filter: UserListFilter, after: NameKey | null, limit: number) {
  const keyset = after ? { OR: [{ name: { gt: after.name } }, { name: after.name, id: { gt: after.id } }] } : {};
  return {
    where: { AND: [userWhere(filter), keyset] },
    orderBy: [{ name: 'asc' as const }, { id: 'asc' as const }],
    take: limit,
  };
}

export class UsersRepository {
  constructor(private readonly db: Db) {}

  findUser(id: string) {
    return this.db.user.findUnique({ where: { id }, select: userSelect });
  }

  /** The user and the managers above them, nearest first (a chain of at most 100). */
  async managerChain(userId: string): Promise<string[]> {
    const rows = await this.db.$queryRaw<{ id: string }[]>`
      WITH RECURSIVE up(id, depth) AS (
        SELECT id, 0 FROM users WHERE id = ${userId}::uuid
        UNION ALL SELECT u.manager_id, up.depth + 1 FROM up JOIN users u ON u.id = up.id
        WHERE u.manager_id IS NOT NULL AND up.depth < 100)
      SELECT id::text FROM up ORDER BY depth`;
    return rows.map((r) => r.id);
  }

  findUsers(ids: readonly string[]) {
    return this.db.user.findMany({ where: { id: { in: [...ids] } }, select: userSelect });
  }

  /** One page of users by name (see byName). */
  listUsers(filter: UserListFilter, after: NameKey | null, limit: number) {
    return this.db.user.findMany({ ...byName(filter, after, limit), select: userSelect });
  }

  /** The same keyset page, with only what a colleague may see. */
  listColleagues(filter: UserListFilter, after: NameKey | null, limit: number) {
    return this.db.user.findMany({ ...byName(filter, after, limit), select: colleagueSelect });
  }

  countUsers(filter: UserListFilter) {
    return this.db.user.count({ where: userWhere(filter) });
  }

  emailTaken(email: string, exceptUserId?: string) {
    return this.db.user
      .findFirst({ where: { email, ...(exceptUserId ? { id: { not: exceptUserId } } : {}) }, select: { id: true } })
      .then(Boolean);
  }

  createUser(data: {
    email: string;
    name: string;
    passwordHash: string;
    locale: string;
    timeZone: string;
    profileIds: string[];
  }) {
    const { profileIds, ...user } = data;
    return this.db.user.create({
      data: { ...user, profiles: { create: profileIds.map((profileId) => ({ profileId })) } },
      select: userSelect,
    });
  }

  /** Optimistic update: returns null when `version` is stale (or the user is gone). */
  async updateUser(
    id: string,
    version: number,
    data: {
      email?: string;
      name?: string;
      locale?: string;
      timeZone?: string;
      passwordHash?: string;
      active?: boolean;
      managerId?: string | null;
    },
    profileIds: string[] | undefined,
  ) {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({
        where: { id, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) return null;
      if (profileIds) {
        await tx.userProfile.deleteMany({ where: { userId: id, profileId: { notIn: profileIds } } });
        await tx.userProfile.createMany({
          data: profileIds.map((profileId) => ({ userId: id, profileId })),
          skipDuplicates: true,
        });
      }
      return tx.user.findUnique({ where: { id }, select: userSelect });
    });
  }

  async profilesByUserIds(userIds: readonly string[]): Promise<Map<string, ProfileRow[]>> {
    const rows = await this.db.userProfile.findMany({
      where: { userId: { in: [...userIds] } },
      select: { userId: true, profile: { select: profileSelect } },
      orderBy: { profile: { name: 'asc' } },
    });
    const byUser = new Map<string, ProfileRow[]>();
    for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.profile]);
    return byUser;
  }

  async userCountsByProfileIds(profileIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.userProfile.groupBy({
      by: ['profileId'],
      where: { profileId: { in: [...profileIds] } },
      _count: { _all: true },
    });
    return new Map(rows.map((r) => [r.profileId, r._count._all]));
  }

  listProfiles(): Promise<ProfileRow[]> {
    return this.db.permissionProfile.findMany({ orderBy: { name: 'asc' }, select: profileSelect });
  }

  findProfile(id: string): Promise<ProfileRow | null> {
    return this.db.permissionProfile.findUnique({ where: { id }, select: profileSelect });
  }

  async existingProfileIds(ids: string[]): Promise<Set<string>> {
    const rows = await this.db.permissionProfile.findMany({ where: { id: { in: ids } }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  profileNameTaken(name: string, exceptId?: string) {
    return this.db.permissionProfile
      .findFirst({
        where: { name: { equals: name, mode: 'insensitive' }, ...(exceptId ? { id: { not: exceptId } } : {}) },
        select: { id: true },
      })
      .then(Boolean);
  }

  createProfile(
    data: { name: string; description: string; permissions: string[] } & ProfileScopeColumns,
  ): Promise<ProfileRow> {
    return this.db.permissionProfile.create({ data, select: profileSelect });
  }

  async updateProfile(
    id: string,
    version: number,
    data: { name: string; description: string; permissions: string[] } & ProfileScopeColumns,
  ): Promise<ProfileRow | null> {
    const { count } = await this.db.permissionProfile.updateMany({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
    });
    return count === 0 ? null : this.findProfile(id);
  }

  async deleteProfile(id: string): Promise<void> {
    await this.db.permissionProfile.delete({ where: { id } });
  }
}
