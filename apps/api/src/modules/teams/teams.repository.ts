// Database access for teams and their members.
import type { Db } from '../../db/prisma.ts';

const teamSelect = {
  id: true,
  name: true,
  managerId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  members: { select: { userId: true } },
} as const;

export type TeamRow = {
  id: string;
  name: string;
  managerId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  memberIds: string[];
};

type TeamWrite = { name: string; managerId: string | null; memberIds: string[] };

const toRow = ({ members, ...t }: { members: { userId: string }[] } & Omit<TeamRow, 'memberIds'>): TeamRow => ({
  ...t,
  memberIds: members.map((m) => m.userId),
});

export class TeamsRepository {
  constructor(private readonly db: Db) {}

  async list(): Promise<TeamRow[]> {
    const rows = await this.db.team.findMany({ select: teamSelect, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
    return rows.map(toRow);
  }

  async find(id: string): Promise<TeamRow | null> {
    const row = await this.db.team.findUnique({ where: { id }, select: teamSelect });
    return row ? toRow(row) : null;
  }

  nameTaken(name: string, exceptId?: string): Promise<boolean> {
    return this.db.team
      .findFirst({
        where: { name: { equals: name, mode: 'insensitive' }, ...(exceptId ? { id: { not: exceptId } } : {}) },
        select: { id: true },
      })
      .then(Boolean);
  }

  /** How many of the ids are existing users (a member or manager that is no user is refused). */
  countUsers(ids: string[]): Promise<number> {
    return ids.length ? this.db.user.count({ where: { id: { in: ids } } }) : Promise.resolve(0);
  }

  async create(data: TeamWrite): Promise<TeamRow> {
    const row = await this.db.team.create({
      data: {
        name: data.name,
        managerId: data.managerId,
        members: { create: data.memberIds.map((userId) => ({ userId })) },
      },
      select: teamSelect,
    });
    return toRow(row);
  }

  /** Null when the version is stale (or the team is gone). Members are replaced in the same transaction. */
  async update(id: string, version: number, data: TeamWrite): Promise<TeamRow | null> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.team.updateMany({
        where: { id, version },
        data: { name: data.name, managerId: data.managerId, version: { increment: 1 } },
      });
      if (count === 0) return null;
      await tx.teamMember.deleteMany({ where: { teamId: id, userId: { notIn: data.memberIds } } });
      await tx.teamMember.createMany({
        data: data.memberIds.map((userId) => ({ teamId: id, userId })),
        skipDuplicates: true,
      });
      const row = await tx.team.findUniqueOrThrow({ where: { id }, select: teamSelect });
      return toRow(row);
    });
  }
}
