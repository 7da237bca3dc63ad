// importMailingGroupMembers: an uploaded XLSX/CSV read row by row (the import module's streaming reader), its e-mail
// column joined with persons' addresses in chunks of set-based statements; memory stays bounded by one chunk plus
// the listed row numbers (at most LISTED of each kind).
import { ImportMailingGroupMembersInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, parseInput } from '../../graphql/errors.ts';
import { parseId } from '../../graphql/ids.ts';
import { fileStoreFor } from '../attachments/index.ts';
import { FileFormatError, detectFormat, readRows } from '../imports/index.ts';
import { MailingGroupMembersRepository, type ImportRowOutcome } from './mailing-group-members.repository.ts';
import { MailingGroupsRepository } from './mailing-groups.repository.ts';
import { liveGroup, toMailingGroupNode } from './mailing-groups.service.ts';
import { requireWholeScope } from '../visibility/index.ts';

const CHUNK = 1000;
const LISTED = 1000;
const ADDRESS = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

type Tally = { count: number; rows: number[] };
const tally = (): Tally => ({ count: 0, rows: [] });
const note = (t: Tally, rowNo: number) => {
  t.count += 1;
  if (t.rows.length < LISTED) t.rows.push(rowNo);
};

function summary() {
  const s = { rows: 0, added: 0, already: 0, unmatched: tally(), noConsent: tally(), invalid: tally() };
  const record = (outcomes: ImportRowOutcome[]) => {
    for (const o of outcomes) {
      if (o.outcome === 'ADDED') s.added += 1;
      else if (o.outcome === 'ALREADY') s.already += 1;
      else note(o.outcome === 'UNMATCHED' ? s.unmatched : s.noConsent, o.row_no);
    }
  };
  return { s, record };
}

async function openFile(ctx: Context, fileGlobalId: string) {
  const fileId = parseId(fileGlobalId, 'StoredFile', 'input.fileId');
  const file = await new MailingGroupMembersRepository(ctx.db).ownFile(fileId, ctx.viewer!.user.id);
  if (!file) throw badInput('input.fileId', 'files.fileUnknown');
  const path = await fileStoreFor(ctx.config).localPath(file.sha256);
  try {
    return { path, format: await detectFormat(path, file.mimeType) };
  } catch (error) {
    if (error instanceof FileFormatError) throw badInput('input.fileId', error.message);
    throw error;
  }
}

export async function importMailingGroupMembers(ctx: Context, args: { input: unknown }) {
  const viewer = requirePermission(ctx, 'mailings.manage');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const input = parseInput(ImportMailingGroupMembersInput, args.input, 'input');
  const group = await liveGroup(ctx, input.groupId, 'input.groupId');
  const { path, format } = await openFile(ctx, input.fileId);
  const repo = new MailingGroupMembersRepository(ctx.db);
  const { s, record } = summary();
  let chunk: { rowNo: number; email: string }[] = [];
  let header = input.hasHeader;
  try {
    for await (const row of readRows(path, format)) {
      if (header) {
        header = false;
        continue;
      }
      s.rows += 1;
      const email = (row.cells[input.emailColumn] ?? '').trim().toLowerCase();
      if (!ADDRESS.test(email) || email.length > 254) note(s.invalid, row.rowNo);
      else chunk.push({ rowNo: row.rowNo, email });
      if (chunk.length >= CHUNK) {
        record(await repo.importChunk(group.id, chunk, viewer.user.id));
        chunk = [];
      }
    }
  } catch (error) {
    if (error instanceof FileFormatError) throw badInput('input.fileId', error.message);
    throw error;
  }
  if (chunk.length) record(await repo.importChunk(group.id, chunk, viewer.user.id));
  const [updated] = await new MailingGroupsRepository(ctx.db).groups([group.id]);
  return {
    rows: s.rows,
    added: s.added,
    alreadyMembers: s.already,
    unmatched: s.unmatched.count,
    unmatchedRows: s.unmatched.rows,
    noConsent: s.noConsent.count,
    noConsentRows: s.noConsent.rows,
    invalid: s.invalid.count,
    invalidRows: s.invalid.rows,
    group: toMailingGroupNode(updated!),
  };
}
