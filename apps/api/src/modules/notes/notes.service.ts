// Notes on clients and persons: list (pinned first), add, edit (text by its author), pin, soft delete. Access follows
// the record, as for attachments.
import { CreateNoteInput, UpdateNoteInput } from '@veza/shared';
import { hasPermission, requireViewer } from '../../auth/permissions.ts';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, conflict, forbidden, notFound, parseInput } from '../../graphql/errors.ts';
import { globalId, parseId, tryParseId } from '../../graphql/ids.ts';
import { checkRecord, requireRecord } from '../attachments/index.ts';
import { notifyMentions } from './note-mentions.service.ts';
import { NotesRepository, type NoteRow } from './notes.repository.ts';

const NOTE_OWNERS = ['Client', 'Person'] as const;

export type NoteNode = Omit<NoteRow, 'id'> & { id: string; rowId: string };

export const toNoteNode = (row: NoteRow): NoteNode => ({ ...row, id: globalId('Note', row.id), rowId: row.id });

export async function listNotes(ctx: Context, args: { ownerId: string; first?: number | null; after?: string | null }) {
  const owner = await requireRecord(ctx, args.ownerId, 'read', 'ownerId', NOTE_OWNERS);
  const first = pageSize(args.first);
  const cursor = decodeCursor(args.after, 3);
  const after = cursor
    ? { pinned: cursor[0] === true, createdAt: new Date(String(cursor[1])), id: String(cursor[2]) }
    : null;
  if (after && Number.isNaN(after.createdAt.getTime())) throw badInput('after', 'validation.cursor');
  const repo = new NotesRepository(ctx.db);
  const rows = await repo.list(owner.type, owner.rowId, after, first + 1);
  return toConnection(
    rows,
    first,
    after != null,
    (r) => [r.pinned, r.createdAt.toISOString(), r.id],
    toNoteNode,
    () => repo.count(owner.type, owner.rowId),
  );
}

export async function createNote(ctx: Context, args: unknown) {
  const viewer = requireViewer(ctx);
  const input = parseInput(CreateNoteInput, args, 'input');
  const owner = await requireRecord(ctx, input.ownerId, 'write', 'input.ownerId', NOTE_OWNERS);
  const repo = new NotesRepository(ctx.db);
  const id = await repo.create({
    ownerType: owner.type,
    ownerId: owner.rowId,
    text: input.text,
    pinned: input.pinned ?? false,
    authorId: viewer.user.id,
  });
  const note = (await repo.find(id))!;
  await notifyMentions(ctx, note, null);
  return toNoteNode(note);
}

async function writableNote(ctx: Context, id: string, version: number) {
  requireViewer(ctx);
  const rowId = parseId(id, 'Note');
  const row = await new NotesRepository(ctx.db).find(rowId);
  if (!row || row.deletedAt) throw notFound('Note');
  await checkRecord(ctx, row.ownerType, row.ownerId, 'write');
  if (row.version !== version) throw conflict();
  return row;
}

export async function updateNote(ctx: Context, args: { id: string; version: number; input: unknown }) {
  const row = await writableNote(ctx, args.id, args.version);
  const input = parseInput(UpdateNoteInput, args.input, 'input');
  if (input.text !== undefined && input.text !== row.text && row.authorId !== ctx.viewer!.user.id)
    throw forbidden('notes.author');
  const data = { text: input.text, pinned: input.pinned ?? undefined };
  const repo = new NotesRepository(ctx.db);
  if (!(await repo.update(row.id, args.version, data))) throw conflict();
  const note = (await repo.find(row.id))!;
  if (note.text !== row.text) await notifyMentions(ctx, note, row.text);
  return toNoteNode(note);
}

export async function deleteNote(ctx: Context, args: { id: string; version: number }) {
  const row = await writableNote(ctx, args.id, args.version);
  if (row.authorId !== ctx.viewer!.user.id && !hasPermission(ctx, 'clients.delete')) throw forbidden('clients.delete');
  const repo = new NotesRepository(ctx.db);
  if (!(await repo.update(row.id, args.version, { deletedAt: new Date() }))) throw conflict();
  return toNoteNode((await repo.find(row.id))!);
}

export async function getNote(ctx: Context, id: string) {
  requireViewer(ctx);
  const rowId = tryParseId(id, 'Note');
  const row = rowId ? await new NotesRepository(ctx.db).find(rowId) : null;
  if (!row || row.deletedAt) return null;
  try {
    await checkRecord(ctx, row.ownerType, row.ownerId, 'read');
  } catch {
    return null;
  }
  return toNoteNode(row);
}
