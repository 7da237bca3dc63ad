// The import worker thread (started by import-thread.ts): runs import jobs one at a time — reading, checking and
// writing — with its own small database pool, inside the heap limit the thread was given. The file is parsed in this
// same heap. The thread stays up between jobs (import-thread.ts ends it when idle).
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../../config/env.ts';
import { readRows } from './file-reader.ts';
import { runImport } from './import-runner.ts';
import { openImportDb } from './imports.repository.ts';

export type ImportWorkerData = { config: Config; databaseUrl: string };
/** The answer to one job; an error other than a bad file (those fail the job) is retried by the job system. */
export type ImportWorkerResult = { jobId: string; ok: true } | { jobId: string; ok: false; message: string };

const { config, databaseUrl } = workerData as ImportWorkerData;
const db = openImportDb(databaseUrl);
const port = parentPort!;

port.on('message', (jobId: string) => {
  runImport(db, config, jobId, { read: readRows }).then(
    () => port.postMessage({ jobId, ok: true } satisfies ImportWorkerResult),
    (error: unknown) =>
      port.postMessage({
        jobId,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies ImportWorkerResult),
  );
});
