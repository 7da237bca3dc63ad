// Database access for notes on records.
import type { Db } from '../../db/prisma.ts';
import { Prisma } from '../../db/prisma.ts';

const noteSelect = {
  id: true,
  ownerType: true,
  ownerId: true,
  text: true,
  pinned: true,
  authorId: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  deletedAt: true,
} as const;

export type NoteRow = Prisma.NoteGetPayload<{ select: typeof noteSelect }>;
export type NoteKeyset = { pinned: boolean; createdAt: Date; id: string };

export class NotesRepository {
  constructor(private readonly db: Db) {}

  async create(data: { ownerType: string; ownerId: string; text: string; pinned: boolean; authorId: string }) {
    return (await this.db.note.create({ data, select: { id: true } })).id;
  }

  find(id: string): Promise<NoteRow | null> {
    return this.db.note.findUnique({ where: { id }, select: noteSelect });
  }

  /** Pinned first, then newest first; keyset on (pinned, created_at, id), all descending. */
  list(ownerType: string, ownerId: string, after: NoteKeyset | null, limit: number): Promise<NoteRow[]> {
    const keyset: Prisma.NoteWhereInput = after
      ? {
          OR: [
            ...(after.pinned ? [{ pinned: false }] : []),
            { pinned: after.pinned, createdAt: { lt: after.createdAt } },
            { pinned: after.pinned, createdAt: after.createdAt, id: { lt: after.id } },
          ],
        }
      : {};
    return this.db.note.findMany({
      where: { ownerType, ownerId, deletedAt: null, ...keyset },
      orderBy: [{ pinned: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
      select: noteSelect,
    });
  }

  count(ownerType: string, ownerId: string) {
    return this.db.note.count({ where: { ownerType, ownerId, deletedAt: null } });
  }

  async update(id: string, version: number, data: { text?: string; pinned?: boolean; deletedAt?: Date }) {
    const result = await this.db.note.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...data, version: { increment: 1 } },
    });
    return result.count === 1;
  }

  /** The first pinned, else the latest live note of each record (one statement for a page of records). */
  headlines(ownerType: string, ownerIds: readonly string[]) {
    return this.db.$queryRaw<{ ownerId: string; text: string }[]>(Prisma.sql`
      SELECT DISTINCT ON (owner_id) owner_id::text AS "ownerId", text
      FROM notes
      WHERE owner_type = ${ownerType} AND owner_id = ANY(${[...ownerIds]}::uuid[]) AND deleted_at IS NULL
      ORDER BY owner_id, pinned DESC, created_at DESC, id DESC`);
  }
}

/** Moves the notes of merged records to the survivor (inside the merge's transaction). */
export async function moveNotes(tx: Prisma.TransactionClient, ownerType: string, fromIds: string[], toId: string) {
  const result = await tx.note.updateMany({
    where: { ownerType, ownerId: { in: fromIds } },
    data: { ownerId: toId, version: { increment: 1 } },
  });
  return result.count;
}
