// Bounded memory and bad files: each import runs as the queue's handler runs it (runImportInThread: the whole job in
// a heap-capped worker thread, import-thread.ts) in a child process started with no heap flags, whose peak RSS (the
// kernel's maxRSS, process.resourceUsage()) must stay under 512 MB — 100 000 XLSX rows, 1 000 000 rows as CSV and as
// XLSX, a 200 MB file, and zip bombs dressed as .xlsx (one declaring its size, one lying about it), each ending with
// a clear error where it must. The files are generated here, streaming (nothing committed; the 200 MB CSV takes
// some 5–10 s to write). The files skip the upload limit (VEZA_UPLOAD_MAX_MB, 25 MB by
// default, refuses them first): these tests hold the importer itself to its bounds when an operator raises it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoot } from '../../config/paths.ts';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { writeCsv, writeXlsx, writeZipBomb } from '../../test/spreadsheet-files.ts';
import { fileStoreFor } from '../attachments/index.ts';
import { runImportInThread } from './import-thread.ts';
import { readRowsIsolated } from './isolated-reader.ts';
import { checkZip } from './zip-guard.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BUDGET_MB = 512;
let api: TestApi;
let userId: string;
let dir: string;

type ChildResult = { maxRssMb: number; ms: number; thrown: string | null; state: string; error: string | null };

/** Stores the file as an upload would and creates an import job for it (what startImport does before queueing). */
async function createJob(file: string, mimeType: string, mapping: (string | null)[], dryRun = true) {
  const store = fileStoreFor(api.config);
  const staged = await store.stage(fs.createReadStream(file), Number.MAX_SAFE_INTEGER);
  await store.commit(staged);
  const stored = await api.db.storedFile.create({
    data: {
      sha256: staged.sha256,
      size: staged.size,
      mimeType,
      originalName: path.basename(file),
      uploadedById: userId,
    },
  });
  const options = { fileId: stored.id, mapping, matchKey: 'EXTERNAL_ID', dryRun, allOrNothing: false };
  const job = await api.db.importJob.create({
    data: { fileId: stored.id, options: { ...options, createDictionaryValues: false }, dryRun, createdById: userId },
  });
  return job.id;
}

/** Runs the job for a file in a child process, as the queue's handler would (runImportInThread). */
async function importInChild(file: string, mimeType: string, mapping: (string | null)[], dryRun = true) {
  const jobId = await createJob(file, mimeType, mapping, dryRun);
  const { NODE_OPTIONS: _, ...env } = process.env;
  const child = spawn(
    process.execPath,
    // No --max-old-space-size: the bound must come from the import's own thread, whatever the process was given.
    ['--import', 'tsx', 'src/test/import-child.ts', api.databaseUrl, api.config.dataDir, jobId],
    { cwd: apiRoot, env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  expect(code).toBe(0);
  const result = JSON.parse(out.trim().split('\n').at(-1)!) as ChildResult;
  console.info(`[import-memory] ${path.basename(file)}: ${JSON.stringify(result)}`); // the figures for PERFORMANCE.md
  return result;
}

const row = (i: number) => [`Tvrtka ${i} d.o.o.`, `EXT-${i}`, `Grad ${i % 500}`, `info${i}@tvrtka${i}.hr`];
const HEADER = ['Naziv', 'ID', 'Grad', 'E-mail'];
const MAPPING = ['name', 'externalId', 'city', 'email'];

beforeAll(async () => {
  api = await startTestApi();
  userId = (await api.createUser('manager')).id;
  dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'veza-import-files-'));
}, 60_000);
afterAll(async () => {
  await fs.promises.rm(dir, { recursive: true, force: true });
  await api.close();
});

describe('bounded memory', () => {
  it('dry-runs 100 000 XLSX rows under the budget', async () => {
    const file = path.join(dir, '100k.xlsx');
    await writeXlsx(file, HEADER, 100_000, row);
    const result = await importInChild(file, XLSX, MAPPING);
    expect(result).toMatchObject({ state: 'DONE', thrown: null, processed: 100_000, created: 100_000 });
    expect(result.maxRssMb).toBeLessThan(BUDGET_MB);
  }, 180_000);

  it.each([
    ['csv', 'text/plain'],
    ['xlsx', XLSX],
  ])(
    'stops 1 000 000 rows of %s at the row limit with a clear error, under the budget',
    async (ext, mime) => {
      const file = path.join(dir, `1m.${ext}`);
      await (ext === 'csv' ? writeCsv : writeXlsx)(file, HEADER, 1_000_000, row);
      const result = await importInChild(file, mime, MAPPING);
      expect(result).toMatchObject({ state: 'FAILED', error: 'imports.tooManyRows', thrown: null });
      expect(result.maxRssMb).toBeLessThan(BUDGET_MB);
    },
    180_000,
  );

  it('imports a 200 MB CSV (long notes in an unmapped column) under the budget', async () => {
    const file = path.join(dir, '200mb.csv');
    const note = 'Bilješka '.repeat(1000);
    const writing = Date.now();
    await writeCsv(file, [...HEADER, 'Napomena'], 22_000, (i) => [...row(i), note]);
    console.info(`[import-memory] 200mb.csv written in ${Date.now() - writing} ms`);
    expect((await fs.promises.stat(file)).size).toBeGreaterThan(200_000_000);
    const result = await importInChild(file, 'text/plain', [...MAPPING, null]);
    expect(result).toMatchObject({ state: 'DONE', thrown: null, created: 22_000 });
    expect(result.maxRssMb).toBeLessThan(BUDGET_MB);
  }, 180_000);
});

describe('zip bombs dressed as .xlsx', () => {
  it('refuses one whose directory declares 1 GB from its central directory, before inflating', async () => {
    const file = path.join(dir, 'bomb.xlsx');
    await writeZipBomb(file, 1024 * 1024 * 1024, false);
    await expect(checkZip(file)).rejects.toThrow('imports.zipBomb');
    const result = await importInChild(file, XLSX, MAPPING);
    expect(result).toMatchObject({ state: 'FAILED', error: 'imports.zipBomb', thrown: null });
    expect(result.maxRssMb).toBeLessThan(BUDGET_MB);
  }, 120_000);

  it('fails an import whose file needs more memory than the reader thread may use, and the process lives on', async () => {
    const file = path.join(dir, 'strings.xlsx');
    await writeXlsx(file, HEADER, 30_000, row);
    const rows = readRowsIsolated(
      file,
      { kind: 'xlsx', rows: null },
      { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 2 },
    );
    await expect(
      (async () => {
        for await (const _ of rows);
      })(),
    ).rejects.toThrow('imports.outOfMemory');
    let read = 0;
    for await (const _ of readRowsIsolated(file, { kind: 'xlsx', rows: null })) read += 1;
    expect(read).toBe(30_001);
  }, 120_000);

  it('fails a job whose thread needs more memory than its cap with a clear error, and the process lives on', async () => {
    const file = path.join(dir, 'capped.xlsx');
    await writeXlsx(file, HEADER, 30_000, row);
    const starved = await createJob(file, XLSX, MAPPING);
    const tiny = { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 4 };
    await runImportInThread(api.db, api.config, api.databaseUrl, starved, tiny);
    const failed = await api.db.importJob.findUniqueOrThrow({ where: { id: starved } });
    expect(failed).toMatchObject({ state: 'FAILED', error: 'imports.outOfMemory' });
    console.info(`[import-memory] job thread at 24 MB: failed after ${failed.processed} rows`);
    const fed = await createJob(file, XLSX, MAPPING);
    await runImportInThread(api.db, api.config, api.databaseUrl, fed);
    const done = await api.db.importJob.findUniqueOrThrow({ where: { id: fed } });
    expect(done).toMatchObject({ state: 'DONE', processed: 30_000, created: 30_000 });
  }, 120_000);

  it('refuses one that claims 10 kB while inflating, counting the bytes', async () => {
    const file = path.join(dir, 'liar.xlsx');
    await writeZipBomb(file, 1024 * 1024 * 1024, true);
    const result = await importInChild(file, XLSX, MAPPING);
    expect(result).toMatchObject({ state: 'FAILED', error: 'imports.zipBomb', thrown: null });
    expect(result.maxRssMb).toBeLessThan(BUDGET_MB);
    expect(result.ms).toBeLessThan(60_000);
  }, 120_000);
});
