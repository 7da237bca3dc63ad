// Database access for stored files and the attachments that link them to records.
import type { Db, Prisma } from '../../db/prisma.ts';

const attachmentSelect = {
  id: true,
  fileId: true,
  ownerType: true,
  ownerId: true,
  name: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  deletedAt: true,
  file: { select: { sha256: true, size: true, mimeType: true } },
} as const;

export type AttachmentRow = Prisma.AttachmentGetPayload<{ select: typeof attachmentSelect }>;
export type StoredFileRow = Prisma.StoredFileGetPayload<object>;

export class AttachmentsRepository {
  constructor(private readonly db: Db) {}

  createFile(data: { sha256: string; size: number; mimeType: string; originalName: string; uploadedById: string }) {
    return this.db.storedFile.create({ data: { ...data, size: BigInt(data.size) } });
  }

  findFile(id: string): Promise<StoredFileRow | null> {
    return this.db.storedFile.findUnique({ where: { id } });
  }

  async create(data: { fileId: string; ownerType: string; ownerId: string; name: string; createdById: string }) {
    const row = await this.db.attachment.create({ data, select: { id: true } });
    return row.id;
  }

  find(id: string): Promise<AttachmentRow | null> {
    return this.db.attachment.findUnique({ where: { id }, select: attachmentSelect });
  }

  /** A record's live attachments, newest first, keyset on (created_at, id). */
  list(ownerType: string, ownerId: string, after: { createdAt: Date; id: string } | null, limit: number) {
    const keyset: Prisma.AttachmentWhereInput = after
      ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
      : {};
    return this.db.attachment.findMany({
      where: { ownerType, ownerId, deletedAt: null, ...keyset },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
      select: attachmentSelect,
    });
  }

  count(ownerType: string, ownerId: string) {
    return this.db.attachment.count({ where: { ownerType, ownerId, deletedAt: null } });
  }

  /** An e-mail template that can carry files (not deleted). */
  async templateLive(id: string): Promise<boolean> {
    return (await this.db.emailTemplate.count({ where: { id, deletedAt: null } })) > 0;
  }

  async update(id: string, version: number, data: { name?: string; deletedAt?: Date }): Promise<boolean> {
    const result = await this.db.attachment.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...data, version: { increment: 1 } },
    });
    return result.count === 1;
  }
}

/** Moves the attachments of merged records to the survivor (inside the merge's transaction). */
export async function moveAttachments(
  tx: Prisma.TransactionClient,
  ownerType: string,
  fromIds: string[],
  toId: string,
) {
  const result = await tx.attachment.updateMany({
    where: { ownerType, ownerId: { in: fromIds } },
    data: { ownerId: toId, version: { increment: 1 } },
  });
  return result.count;
}
