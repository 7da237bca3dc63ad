// Runs an import job (in the import worker thread, import-thread.ts): reads the file in batches of rows, matches
// each row on the chosen key, and writes each batch — creates, updates, the row report and the job's counters — in one
// transaction. A retried job continues after the rows already counted; matching on the key means a rerun never
// duplicates a client.
import fs from 'node:fs';
import type { Db, Prisma } from '../../db/prisma.ts';
import { fileStoreFor } from '../attachments/index.ts';
import type { Config } from '../../config/env.ts';
import type { StartImportInput } from '@veza/shared';
import { clientImporter } from './client-import.ts';
import { FileFormatError, LIMITS, detectFormat, type Format } from './file-reader.ts';
import { readRowsIsolated } from './isolated-reader.ts';
import { notifyFinished } from './import-notice.ts';
import type { BatchPlan, EntityImporter, Row } from './import-types.ts';
import { ImportsRepository, writeBatch, type ImportJobRow } from './imports.repository.ts';
import { personImporter } from './person-import.ts';

const BATCH = 1000;

const importerFor = (db: Db, options: StartImportInput, write: boolean, userId: string): Promise<EntityImporter> =>
  options.entity === 'PERSON'
    ? personImporter(db, options, !write, userId)
    : clientImporter(db, options, !write, userId);

async function finish(repo: ImportsRepository, id: string, data: Prisma.ImportJobUpdateInput) {
  await repo.updateJob(id, { ...data, finishedAt: new Date() });
}

/**
 * `read`: where the file is parsed — a heap-capped reader thread by default; the import worker thread (whose whole
 * heap is capped) parses in its own heap. `batchSize`/`afterBatch` let a test make batches small or stop after one the
 * way a killed process would; production passes none.
 */
export type RunHooks = {
  batchSize?: number;
  afterBatch?: () => Promise<void> | void;
  read?: (filePath: string, format: Format) => AsyncIterable<{ rowNo: number; cells: string[] }>;
};

/**
 * Batches written one at a time, each overlapping the reading and deciding of the next one (the database and Node
 * work at once); `next` waits for the write before, so writes stay in file order and a failure stops the pass.
 */
function batchWriter(repo: ImportsRepository, job: { id: string; write: boolean }, hooks: RunHooks) {
  let inflight: Promise<boolean> = Promise.resolve(true);
  return {
    /** False when the write before was followed by a cancel request (this batch is then not written). */
    async next(plan: BatchPlan, processed: number): Promise<boolean> {
      if (!(await inflight)) return false;
      inflight = (async () => {
        await repo.transaction((tx) => writeBatch(tx, job, { ...plan, processed }));
        await hooks.afterBatch?.();
        return !(await repo.findJob(job.id))?.cancelRequested;
      })();
      inflight.catch(() => undefined); // awaited by the next call or by done(); no unhandled rejection meanwhile
      return true;
    },
    done: () => inflight,
  };
}

/** One pass over the file; `cancelled` when a cancel request stopped it. */
async function pass(
  db: Db,
  filePath: string,
  job: ImportJobRow & { mimeType: string },
  options: StartImportInput,
  write: boolean,
  hooks: RunHooks,
) {
  const importer = await importerFor(db, options, write, job.createdById);
  const format = await detectFormat(filePath, job.mimeType);
  const writer = batchWriter(new ImportsRepository(db), { id: job.id, write }, hooks);
  let batch: Row[] = [];
  let rowsRead = 0;
  const flush = async () => {
    const rows = batch;
    batch = [];
    return writer.next(await importer.decide(rows), rows.length);
  };
  let header = true;
  try {
    for await (const row of (hooks.read ?? readRowsIsolated)(filePath, format)) {
      if (header) {
        header = false;
        continue;
      }
      rowsRead += 1;
      if (rowsRead <= job.processed) continue; // done by an earlier attempt of this job
      // Cells of unmapped columns are dropped at once (a long note column is never held for a batch).
      batch.push({ rowNo: row.rowNo, cells: row.cells.map((c, i) => (options.mapping[i] ? c : '')) });
      if (batch.length >= (hooks.batchSize ?? BATCH) && !(await flush())) return { cancelled: true };
    }
  } catch (error) {
    await writer.done().catch(() => undefined); // a file error mid-way: the batch in flight still lands first
    throw error;
  }
  if (batch.length && !(await flush())) return { cancelled: true };
  return { cancelled: !(await writer.done()) };
}

/** Line breaks in a file (a byte scan, no parsing): a CSV's rows, counting blank lines and quoted line breaks too. */
async function countLines(filePath: string) {
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of fs.createReadStream(filePath) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) lines += 1;
    if (chunk.length) last = chunk[chunk.length - 1]!;
  }
  return last === 0x0a ? lines : lines + 1;
}

/**
 * Data rows in the file: the progress bar's total, and a too-large file fails at once. An XLSX's rows were counted
 * by the zip check, a CSV's lines by a byte scan (both may count blank rows: the total is corrected at the end); only
 * a CSV with more lines than the limit is parsed to count its real rows.
 */
async function countRows(filePath: string, mimeType: string, read: RunHooks['read'] = readRowsIsolated) {
  const format = await detectFormat(filePath, mimeType);
  const estimate = format.kind === 'xlsx' ? format.rows : await countLines(filePath);
  if (estimate !== null) {
    if (format.kind === 'xlsx' && estimate > LIMITS.rows + 1) throw new FileFormatError('imports.tooManyRows');
    if (estimate <= LIMITS.rows + 1) return Math.max(estimate - 1, 0);
  }
  let rows = -1;
  for await (const _ of read(filePath, format)) rows += 1;
  return Math.max(rows, 0);
}

/** Runs (or resumes) one import in this thread; production runs it in the import worker (import-thread.ts). */
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
    const total = job.total ?? (await countRows(filePath, file.mimeType, hooks.read));
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
    if (result.cancelled) return finish(repo, job.id, { state: 'CANCELLED' });
    await finish(repo, job.id, { state: 'DONE', total: (await current()).processed });
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error; // retried by the job system
    await finish(repo, job.id, { state: 'FAILED', error: error.message });
  }
}
