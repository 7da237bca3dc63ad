// Imports: preview and column mapping of an uploaded file, starting (dry) runs as background jobs, progress and
// report, cancel, saved mappings. Only the uploader may import a file; a job is seen by its creator (and clients.delete).
import { PERSON_MATCH_KEYS, StartImportInput } from '@veza/shared';
import { hasPermission, requirePermission } from '../../auth/permissions.ts';
import { requireWholeScope } from '../visibility/index.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, notFound, parseInput } from '../../graphql/errors.ts';
import { globalId, parseId, tryParseId } from '../../graphql/ids.ts';
import { fileStoreFor } from '../attachments/index.ts';
import { loadAttributeDefs } from '../attributes/index.ts';
import { FileFormatError, detectFormat } from './file-reader.ts';
import { readRowsIsolated } from './isolated-reader.ts';
import { autoMap, importFields, type ImportEntity } from './import-fields.ts';
import { warmImportThread } from './import-thread.ts';
import { ImportsRepository, type ImportJobRow } from './imports.repository.ts';
import { CLIENT_KEY_FIELDS } from './person-import-fields.ts';
import { checkValueMapping, toValueMappingNodes, unmatchedColumns } from './value-mapping.ts';

export const IMPORT_QUEUE = 'import-run';
const MATCH_FIELD = { TAX_ID: 'taxId', REGISTRATION_NO: 'registrationNo', EMAIL: 'email', EXTERNAL_ID: 'externalId' };

export function toImportJobNode(row: ImportJobRow) {
  return {
    ...row,
    id: globalId('ImportJob', row.id),
    rowId: row.id,
    entity: row.entity === 'PERSON' ? ('PERSON' as const) : ('CLIENT' as const),
    reportUrl: `/api/imports/${row.id}/report`,
  };
}

async function ownFile(ctx: Context, fileGlobalId: string, field: string) {
  const file = await ctx.db.storedFile.findUnique({ where: { id: parseId(fileGlobalId, 'StoredFile', field) } });
  if (!file || file.uploadedById !== ctx.viewer!.user.id) throw badInput(field, 'files.fileUnknown');
  return file;
}

async function targets(ctx: Context, entity: ImportEntity) {
  const defs = (await loadAttributeDefs(ctx.db, entity)).filter((d) => d.active);
  return { all: [...importFields(entity), ...defs.map((d) => `attr:${d.key}`)] };
}

export async function importPreview(ctx: Context, fileId: string, entity: ImportEntity = 'CLIENT') {
  requirePermission(ctx, 'clients.write');
  // An import matches and updates existing clients anywhere in the database: only under the ALL edit scope.
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'edit', 'clients.write');
  const file = await ownFile(ctx, fileId, 'fileId');
  const path = await fileStoreFor(ctx.config).localPath(file.sha256);
  warmImportThread(ctx.config, ctx.databaseUrl); // an import of this file is likely to follow
  try {
    const format = await detectFormat(path, file.mimeType);
    const rows: string[][] = [];
    for await (const row of readRowsIsolated(path, format)) {
      rows.push(row.cells);
      if (rows.length > 10) break;
    }
    const headers = rows.shift() ?? [];
    const { all } = await targets(ctx, entity);
    return {
      format: format.kind.toUpperCase(),
      encoding: format.kind === 'csv' ? format.encoding : null,
      delimiter: format.kind === 'csv' ? format.delimiter : null,
      headers,
      rows,
      suggestedMapping: autoMap(headers, await new ImportsRepository(ctx.db).attributeLabels(entity), entity),
      targets: all,
    };
  } catch (error) {
    if (error instanceof FileFormatError) throw badInput('fileId', error.message);
    throw error;
  }
}

/** Known targets, each once; the matching key mapped; persons also need a client key column. */
async function checkMapping(ctx: Context, input: StartImportInput) {
  const allowed = new Set((await targets(ctx, input.entity)).all);
  const bad = input.mapping.findIndex((t) => t !== null && !allowed.has(t));
  if (bad >= 0) throw badInput(`input.mapping.${bad}`, 'imports.badTarget');
  const mapped = input.mapping.filter((t): t is string => t !== null);
  if (new Set(mapped).size !== mapped.length) throw badInput('input.mapping', 'validation.duplicate');
  if (input.entity === 'PERSON') {
    if (!(PERSON_MATCH_KEYS as readonly string[]).includes(input.matchKey))
      throw badInput('input.matchKey', 'imports.personMatchKey');
    if (!CLIENT_KEY_FIELDS.some((f) => mapped.includes(f)))
      throw badInput('input.mapping', 'imports.clientKeyNotMapped');
  }
  if (!mapped.includes(MATCH_FIELD[input.matchKey])) throw badInput('input.matchKey', 'imports.matchKeyNotMapped');
}

export async function startImport(ctx: Context, args: unknown) {
  const viewer = requirePermission(ctx, 'clients.write');
  // An import matches and updates existing clients anywhere in the database: only under the ALL edit scope.
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'edit', 'clients.write');
  const input = parseInput(StartImportInput, args, 'input');
  const file = await ownFile(ctx, input.fileId, 'input.fileId');
  await checkMapping(ctx, input);
  const valueMapping = await checkValueMapping(ctx.db, input);
  const repo = new ImportsRepository(ctx.db);
  if (input.saveMappingAs)
    await repo.saveMapping(viewer.user.id, input.entity, input.saveMappingAs, input.mapping, valueMapping);
  const job = await repo.createJob({
    fileId: file.id,
    entity: input.entity,
    options: { ...input, fileId: file.id, valueMapping },
    dryRun: input.dryRun,
    createdById: viewer.user.id,
  });
  await ctx.jobs.send(IMPORT_QUEUE, { importId: job.id }, { singletonKey: job.id });
  return toImportJobNode(job);
}

async function visibleJob(ctx: Context, id: string | null) {
  const job = id ? await new ImportsRepository(ctx.db).findJob(id) : null;
  if (!job || (job.createdById !== ctx.viewer!.user.id && !hasPermission(ctx, 'clients.delete'))) return null;
  return job;
}

export async function importJob(ctx: Context, id: string) {
  requirePermission(ctx, 'clients.write');
  const job = await visibleJob(ctx, tryParseId(id, 'ImportJob'));
  return job ? toImportJobNode(job) : null;
}

export async function cancelImport(ctx: Context, id: string) {
  requirePermission(ctx, 'clients.write');
  const rowId = parseId(id, 'ImportJob');
  if (!(await visibleJob(ctx, rowId))) throw notFound('ImportJob');
  const repo = new ImportsRepository(ctx.db);
  await repo.requestCancel(rowId);
  const job = (await repo.findJob(rowId))!;
  // A job no worker has picked up yet ends here; a running one stops after its batch.
  if (job.state === 'QUEUED')
    return toImportJobNode(await repo.updateJob(rowId, { state: 'CANCELLED', finishedAt: new Date() }));
  return toImportJobNode(job);
}

export async function importMappings(ctx: Context, entity: ImportEntity = 'CLIENT') {
  const viewer = requirePermission(ctx, 'clients.write');
  const rows = await new ImportsRepository(ctx.db).mappings(viewer.user.id, entity);
  return rows.map((r) => ({
    id: globalId('ImportMapping', r.id),
    name: r.name,
    mapping: r.mapping as (string | null)[],
    valueMapping: toValueMappingNodes(r.valueMapping),
  }));
}

export async function importIssues(ctx: Context, rowId: string) {
  const rows = await new ImportsRepository(ctx.db).issues(rowId, 200);
  return rows.map((r) => ({ row: r.rowNo, field: r.field, message: r.message, value: r.value }));
}

export const importUnmatchedValues = (ctx: Context, rowId: string) => unmatchedColumns(ctx.db, rowId);
