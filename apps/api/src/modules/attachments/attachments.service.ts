// Attachments: uploads (type from the bytes, names made safe), linking to a record, listing, renaming, soft delete and
// opening for download — every path checks the owning record's permission and visibility.
import type { Readable } from 'node:stream';
import { AttachFileInput, RenameAttachmentInput } from '@veza/shared';
import { requireViewer } from '../../auth/permissions.ts';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { AppError, badInput, conflict, notFound, parseInput } from '../../graphql/errors.ts';
import { globalId, parseId, tryParseId } from '../../graphql/ids.ts';
import { cleanUploadName } from './file-names.ts';
import type { FileStore } from './file-store.ts';
import { detectMimeType, isPreviewable, nameHidesActiveType } from './file-types.ts';
import { AttachmentsRepository, type AttachmentRow } from './attachments.repository.ts';
import { checkRecord, requireRecord } from './record-owners.ts';

export type AttachmentNode = {
  id: string;
  rowId: string;
  name: string;
  size: number;
  mimeType: string;
  previewable: boolean;
  url: string;
  createdById: string | null;
  createdAt: Date;
  version: number;
};

export function toAttachmentNode(row: AttachmentRow): AttachmentNode {
  return {
    id: globalId('Attachment', row.id),
    rowId: row.id,
    name: row.name,
    size: Number(row.file.size),
    mimeType: row.file.mimeType,
    previewable: isPreviewable(row.file.mimeType),
    url: `/api/attachments/${row.id}/content`,
    createdById: row.createdById,
    createdAt: row.createdAt,
    version: row.version,
  };
}

export const uploadError = (message: string, status: number) =>
  new AppError('BAD_USER_INPUT', message, { field: 'file', http: { status } });

/** Stores one upload and records who sent it; the returned id is attached to a record by `attachFile`. */
export async function storeUpload(ctx: Context, store: FileStore, source: Readable, rawName: string, maxBytes: number) {
  const viewer = requireViewer(ctx);
  const staged = await store.stage(source, maxBytes);
  try {
    if (staged.truncated) throw uploadError('files.fileTooLarge', 413);
    if (staged.size === 0) throw uploadError('files.fileEmpty', 400);
    const name = cleanUploadName(rawName);
    const mimeType = await detectMimeType(staged.localPath);
    if (nameHidesActiveType(mimeType, name)) throw uploadError('files.fileTypeMismatch', 415);
    await store.commit(staged);
    const row = await new AttachmentsRepository(ctx.db).createFile({
      sha256: staged.sha256,
      size: staged.size,
      mimeType,
      originalName: name,
      uploadedById: viewer.user.id,
    });
    return { id: globalId('StoredFile', row.id), name, size: staged.size, mimeType };
  } finally {
    await store.discard(staged);
  }
}

export async function attachFile(ctx: Context, args: unknown) {
  const viewer = requireViewer(ctx);
  const input = parseInput(AttachFileInput, args, 'input');
  const owner = await requireRecord(ctx, input.ownerId, 'write', 'input.ownerId');
  const repo = new AttachmentsRepository(ctx.db);
  const fileId = parseId(input.fileId, 'StoredFile', 'input.fileId');
  const file = await repo.findFile(fileId);
  // Only the uploader may link an upload: a file id seen elsewhere must not let anyone read those bytes.
  if (!file || file.uploadedById !== viewer.user.id) throw badInput('input.fileId', 'files.fileUnknown');
  const name = input.name ?? file.originalName;
  if (nameHidesActiveType(file.mimeType, name)) throw badInput('input.name', 'files.fileTypeMismatch');
  const id = await repo.create({
    fileId,
    ownerType: owner.type,
    ownerId: owner.rowId,
    name,
    createdById: viewer.user.id,
  });
  return toAttachmentNode((await repo.find(id))!);
}

export async function listAttachments(
  ctx: Context,
  args: { ownerId: string; first?: number | null; after?: string | null },
) {
  const owner = await requireRecord(ctx, args.ownerId, 'read');
  const first = pageSize(args.first);
  const cursor = decodeCursor(args.after, 2);
  const after = cursor ? { createdAt: new Date(String(cursor[0])), id: String(cursor[1]) } : null;
  if (after && Number.isNaN(after.createdAt.getTime())) throw badInput('after', 'validation.cursor');
  const repo = new AttachmentsRepository(ctx.db);
  const rows = await repo.list(owner.type, owner.rowId, after, first + 1);
  return toConnection(
    rows,
    first,
    after != null,
    (r) => [r.createdAt.toISOString(), r.id],
    toAttachmentNode,
    () => repo.count(owner.type, owner.rowId),
  );
}

/** The attachment, after checking the viewer's access to its record; deleted ones are NOT_FOUND. */
export async function findAttachment(ctx: Context, rowId: string | null, access: 'read' | 'write') {
  requireViewer(ctx);
  const row = rowId ? await new AttachmentsRepository(ctx.db).find(rowId) : null;
  if (!row || row.deletedAt) throw notFound('Attachment');
  await checkRecord(ctx, row.ownerType, row.ownerId, access);
  return row;
}

export async function getAttachment(ctx: Context, id: string) {
  const row = await findAttachment(ctx, tryParseId(id, 'Attachment'), 'read').catch((e: unknown) => {
    if (e instanceof AppError && e.extensions.code === 'NOT_FOUND') return null;
    throw e;
  });
  return row ? toAttachmentNode(row) : null;
}

async function change(ctx: Context, id: string, version: number, data: { name?: string; deletedAt?: Date }) {
  const rowId = parseId(id, 'Attachment');
  const row = await findAttachment(ctx, rowId, 'write');
  if (row.version !== version) throw conflict();
  const repo = new AttachmentsRepository(ctx.db);
  if (!(await repo.update(rowId, version, data))) throw conflict();
  return toAttachmentNode((await repo.find(rowId))!);
}

export async function renameAttachment(ctx: Context, args: { id: string; version: number; name: string }) {
  requireViewer(ctx);
  const { name } = parseInput(RenameAttachmentInput, { name: args.name });
  const rowId = tryParseId(args.id, 'Attachment');
  const row = await findAttachment(ctx, rowId, 'write');
  if (nameHidesActiveType(row.file.mimeType, name)) throw badInput('name', 'files.fileTypeMismatch');
  return change(ctx, args.id, args.version, { name });
}

export const deleteAttachment = (ctx: Context, args: { id: string; version: number }) =>
  change(ctx, args.id, args.version, { deletedAt: new Date() });
