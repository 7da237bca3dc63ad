// Runs an import job (a pg-boss handler): reads the file in batches of rows, matches each row on the chosen key,
// and writes each batch — creates, updates, the row report and the job's counters — in one transaction. A retried
// job continues after the rows already counted; matching on the key means a rerun never duplicates a client.
import type { Db } from '../../db/prisma.ts';
import { type Prisma } from '../../db/prisma.ts';
import { fileStoreFor } from '../attachments/index.ts';
import { loadAttributeDefs } from '../attributes/index.ts';
import type { Config } from '../../config/env.ts';
import { FileFormatError, detectFormat, readRows } from './file-reader.ts';
import { normaliseHeader } from './import-fields.ts';
import { notifyFinished } from './import-notice.ts';
import { changesFor, checkAttributes, rowValues, type RowRules, type RowValues } from './import-rows.ts';
import {
  ImportsRepository,
  createDictionaryValue,
  writeBatch,
  type Counts,
  type ImportJobRow,
  type IssueRow,
  type MatchedClient,
} from './imports.repository.ts';
import type { StartImportInput } from '@veza/shared';

const BATCH = 1000;
type Row = { rowNo: number; cells: string[] };
/** Keys created earlier in this run (a dry run writes nothing, so later rows must still see them as matched). */
type Pending = Map<string, MatchedClient>;

async function dictionaryIndex(db: Db) {
  const rows = await db.dictionaryValue.findMany({
    where: { kind: { in: ['CLIENT_STATUS', 'CLIENT_SEGMENT', 'INDUSTRY', 'LEAD_SOURCE'] } },
    select: { id: true, kind: true, key: true, labels: true },
  });
  const index = new Map<string, Map<string, string>>();
  for (const r of rows) {
    const byName = index.get(r.kind) ?? new Map<string, string>();
    byName.set(normaliseHeader(r.key), r.id);
    for (const label of Object.values((r.labels ?? {}) as Record<string, string>))
      byName.set(normaliseHeader(String(label)), r.id);
    index.set(r.kind, byName);
  }
  return index;
}

async function rulesFor(db: Db, options: StartImportInput, dryRun: boolean): Promise<RowRules> {
  const dictionaries = await dictionaryIndex(db);
  return {
    mapping: options.mapping,
    matchKey: options.matchKey,
    defaultCountry: options.defaultCountry ?? null,
    dictionaries,
    attributeDefs: await loadAttributeDefs(db, 'CLIENT'),
    missingDictionaryValue: async (kind, value) => {
      if (!options.createDictionaryValues) return null;
      if (dryRun) return `new:${kind}:${normaliseHeader(value)}`;
      const key =
        normaliseHeader(value)
          .slice(0, 40)
          .replace(/^[^a-z]+/, '') || 'value';
      const id = await createDictionaryValue(db, kind, key, value.slice(0, 120));
      dictionaries.get(kind)?.set(normaliseHeader(value), id);
      return id;
    },
  };
}

function newClient(
  values: RowValues,
  attributes: Record<string, unknown>,
  userId: string,
  country: string | null,
): Prisma.ClientCreateManyInput {
  const scalars = values.scalars as Omit<Prisma.ClientCreateManyInput, 'name'>;
  return {
    ...scalars,
    country: scalars.country ?? country,
    kind: scalars.kind ?? 'LEGAL',
    name: String(values.scalars.name),
    emails: values.emails,
    phones: values.phones,
    attributes: attributes as Prisma.InputJsonValue,
    createdById: userId,
    updatedById: userId,
  };
}

/** The values of a batch's rows; a row with issues, or with a key seen earlier in the file, is reported invalid. */
async function batchValues(rules: RowRules, rows: Row[], seen: Set<string>, counts: Counts, issues: IssueRow[]) {
  const decided: { rowNo: number; values: RowValues }[] = [];
  for (const row of rows) {
    const r = await rowValues(rules, row.rowNo, row.cells);
    // The first row with a key wins; a later one would undo it on every rerun.
    const duplicate = r.values?.key && seen.has(r.values.key);
    if (duplicate)
      r.issues.push({
        rowNo: row.rowNo,
        field: rules.matchKey,
        message: 'imports.duplicateInFile',
        value: r.values!.key,
      });
    if (r.issues.length || !r.values) {
      counts.invalid += 1;
      issues.push(...r.issues);
    } else {
      seen.add(r.values.key!);
      decided.push({ rowNo: row.rowNo, values: r.values });
    }
  }
  return decided;
}

/** Decides each row of a batch: new, updated, unchanged or invalid. */
async function decideBatch(
  repo: ImportsRepository,
  rules: RowRules,
  rows: Row[],
  pending: Pending,
  seen: Set<string>,
  userId: string,
) {
  const counts: Counts = { created: 0, updated: 0, unchanged: 0, invalid: 0 };
  const issues: IssueRow[] = [];
  const creates = new Map<string, Prisma.ClientCreateManyInput>();
  const updates = new Map<string, { id: string; data: Prisma.ClientUpdateInput }>();
  const decided = await batchValues(rules, rows, seen, counts, issues);
  const matched = new Map(
    (
      await repo.matchClients(
        rules.matchKey,
        decided.map((d) => d.values.key!),
      )
    ).map((m) => [m.key, m]),
  );
  for (const { rowNo, values } of decided) {
    const key = values.key!;
    const existing = pending.get(key) ?? matched.get(key);
    const attrs = checkAttributes(rules, rowNo, values, existing?.attributes);
    if (!attrs.ok || (!existing && !values.scalars.name)) {
      counts.invalid += 1;
      issues.push(
        ...(attrs.ok ? [{ rowNo, field: 'name', message: 'validation.required', value: null }] : attrs.issues),
      );
      continue;
    }
    if (existing) {
      const data = changesFor(existing, values, attrs.attributes);
      if (!Object.keys(data).length) counts.unchanged += 1;
      else {
        counts.updated += 1;
        Object.assign(existing, data);
        const target = creates.get(key);
        if (target) Object.assign(target, data);
        else
          updates.set(existing.id, {
            id: existing.id,
            data: { ...(data as Prisma.ClientUpdateInput), updatedById: userId },
          });
      }
      continue;
    }
    counts.created += 1;
    const create = newClient(values, attrs.attributes, userId, rules.defaultCountry);
    creates.set(key, create);
    pending.set(key, {
      id: `pending:${key}`,
      key,
      ...(create as object),
      attributes: attrs.attributes,
    } as MatchedClient);
  }
  return { counts, issues, creates: [...creates.values()], updates: [...updates.values()] };
}

async function finish(repo: ImportsRepository, id: string, data: Prisma.ImportJobUpdateInput) {
  await repo.updateJob(id, { ...data, finishedAt: new Date() });
}

/** One pass over the file; returns false when a cancel request stopped it. */
export type RunHooks = { batchSize?: number; afterBatch?: () => Promise<void> | void };

async function pass(
  db: Db,
  filePath: string,
  job: ImportJobRow & { mimeType: string },
  options: StartImportInput,
  write: boolean,
  hooks: RunHooks,
) {
  const repo = new ImportsRepository(db);
  const rules = await rulesFor(db, options, !write);
  const format = await detectFormat(filePath, job.mimeType);
  const pending: Pending = new Map();
  const seen = new Set<string>();
  let batch: Row[] = [];
  let rowsRead = 0;
  const flush = async () => {
    const decided = await decideBatch(repo, rules, batch, pending, seen, job.createdById);
    await repo.transaction((tx) =>
      writeBatch(tx, { id: job.id, userId: job.createdById, write }, { ...decided, processed: batch.length }),
    );
    if (write) pending.clear();
    batch = [];
    await hooks.afterBatch?.();
    return !(await repo.findJob(job.id))?.cancelRequested;
  };
  let header = true;
  for await (const row of readRows(filePath, format)) {
    if (header) {
      header = false;
      continue;
    }
    rowsRead += 1;
    if (rowsRead <= job.processed) continue; // done by an earlier attempt of this job
    batch.push(row);
    if (batch.length >= (hooks.batchSize ?? BATCH) && !(await flush())) return { cancelled: true };
  }
  if (batch.length && !(await flush())) return { cancelled: true };
  return { cancelled: false };
}

/** Data rows in the file (a first streaming pass): the progress bar's total, and a too-large file fails at once. */
async function countRows(filePath: string, mimeType: string) {
  let rows = -1;
  for await (const _ of readRows(filePath, await detectFormat(filePath, mimeType))) rows += 1;
  return Math.max(rows, 0);
}

/**
 * Runs (or resumes) one import. `hooks` let a test make a batch size small or stop after a batch the way a killed
 * process would; production passes none.
 */
export async function runImport(db: Db, config: Config, jobId: string, hooks: RunHooks = {}): Promise<void> {
  await runJob(db, config, jobId, hooks);
  await notifyFinished(db, jobId);
}

async function runJob(db: Db, config: Config, jobId: string, hooks: RunHooks): Promise<void> {
  const repo = new ImportsRepository(db);
  const job = await repo.findJob(jobId);
  if (!job || ['DONE', 'FAILED', 'CANCELLED'].includes(job.state)) return;
  if (job.cancelRequested) return finish(repo, job.id, { state: 'CANCELLED' });
  const options = job.options as StartImportInput;
  const file = await db.storedFile.findUniqueOrThrow({ where: { id: job.fileId } });
  const filePath = await fileStoreFor(config).localPath(file.sha256);
  const current = async () => ({ ...(await repo.findJob(job.id))!, mimeType: file.mimeType });
  try {
    const total = job.total ?? (await countRows(filePath, file.mimeType));
    await repo.updateJob(job.id, { state: 'RUNNING', startedAt: job.startedAt ?? new Date(), total });
    if (options.allOrNothing && !job.dryRun && job.processed === 0) {
      // Check every row first; one invalid row and nothing is written (the report says which).
      const check = await pass(db, filePath, await current(), options, false, hooks);
      if (check.cancelled) return finish(repo, job.id, { state: 'CANCELLED' });
      if ((await current()).invalid > 0)
        return finish(repo, job.id, { state: 'DONE', created: 0, updated: 0, unchanged: 0 });
      await db.importIssue.deleteMany({ where: { jobId: job.id } });
      await repo.updateJob(job.id, { processed: 0, created: 0, updated: 0, unchanged: 0, invalid: 0 });
    }
    const result = await pass(db, filePath, await current(), options, !job.dryRun, hooks);
    await finish(repo, job.id, { state: result.cancelled ? 'CANCELLED' : 'DONE' });
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error; // retried by the job system
    await finish(repo, job.id, { state: 'FAILED', error: error.message });
  }
}
