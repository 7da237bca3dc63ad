// Runs import jobs in a worker thread whose heap is capped (resourceLimits), so the whole job — the parser, the row
// checks, the batches, Prisma — stays within a fixed budget whatever the server process's own heap settings: the
// process's RSS stays under 512 MB on any file (import-memory.int.test.ts). A job that would need more fails with
// imports.outOfMemory while the server lives on. Progress, cancel, resume and the row report go through the database,
// as in runImport. The thread is started on the first job, kept for the next ones (its start loads Prisma and the
// parsers), and ended after a minute without work.
import { Worker } from 'node:worker_threads';
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/prisma.ts';
import { notifyFinished } from './import-notice.ts';
import type { ImportWorkerData, ImportWorkerResult } from './import-worker.ts';
import { ImportsRepository } from './imports.repository.ts';
import { workerEntry } from './worker-entry.ts';

/**
 * The job thread's heap: the parser's bounded state (XLSX shared strings up to 32 M characters), one batch being
 * checked and one being written, the in-file key set (≤ 200 000 keys) and Prisma's client. A 100 000-row XLSX dry
 * run peaked at 123 MB of it; the process around it (≈ 300 MB under tsx with the thread's code loaded) plus this cap
 * stays under 512 MB.
 */
export const JOB_LIMITS = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 16 };
const IDLE_MS = 60_000;

type Outcome = ImportWorkerResult | 'outOfMemory';
type Thread = { key: string; worker: Worker; jobs: Map<string, (outcome: Outcome) => void>; idle?: NodeJS.Timeout };

let current: Thread | null = null;
let queue: Promise<unknown> = Promise.resolve();

function startThread(key: string, data: ImportWorkerData, resourceLimits: typeof JOB_LIMITS): Thread {
  const entry = workerEntry('import-worker');
  const worker = new Worker(entry.filename, { eval: entry.eval, workerData: data, resourceLimits });
  const thread: Thread = { key, worker, jobs: new Map() };
  const settleAll = (outcome: (jobId: string) => Outcome) => {
    if (current === thread) current = null;
    for (const [jobId, settle] of thread.jobs) settle(outcome(jobId));
    thread.jobs.clear();
  };
  worker.on('message', (result: ImportWorkerResult) => {
    thread.jobs.get(result.jobId)?.(result);
    thread.jobs.delete(result.jobId);
  });
  worker.on('error', (error: Error & { code?: string }) =>
    settleAll((jobId) =>
      error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'outOfMemory' : { jobId, ok: false, message: error.message },
    ),
  );
  worker.on('exit', (code) => settleAll((jobId) => ({ jobId, ok: false, message: `import thread exited (${code})` })));
  return thread;
}

/** The thread for these settings, started if need be (a thread for other settings is ended). */
function threadFor(data: ImportWorkerData, resourceLimits: typeof JOB_LIMITS): Thread {
  const key = JSON.stringify([data.databaseUrl, data.config.dataDir, resourceLimits]);
  if (current && current.key !== key) void current.worker.terminate();
  if (!current || current.key !== key) current = startThread(key, data, resourceLimits);
  return current;
}

function idle(thread: Thread) {
  thread.worker.unref(); // an idle thread never keeps the process alive
  thread.idle = setTimeout(() => void thread.worker.terminate(), IDLE_MS).unref();
}

/**
 * Starts the thread ahead of a job (called by the preview, while the user maps columns), so a job does not wait for it
 * to load; a process that runs no jobs (VEZA_ROLE=web) starts none.
 */
export function warmImportThread(config: Config, databaseUrl: string): void {
  if (config.role === 'web' || current) return;
  idle(threadFor({ config, databaseUrl }, JOB_LIMITS));
}

function runInThread(data: ImportWorkerData, jobId: string, resourceLimits: typeof JOB_LIMITS): Promise<Outcome> {
  const thread = threadFor(data, resourceLimits);
  clearTimeout(thread.idle);
  thread.worker.ref();
  return new Promise<Outcome>((resolve) => {
    thread.jobs.set(jobId, resolve);
    thread.worker.postMessage(jobId);
  }).finally(() => {
    if (current === thread && !thread.jobs.size) idle(thread);
  });
}

/** The queue's handler: runs (or resumes) the import in the capped thread; throws what should be retried. */
export async function runImportInThread(
  db: Db,
  config: Config,
  databaseUrl: string,
  jobId: string,
  resourceLimits = JOB_LIMITS,
): Promise<void> {
  // One job at a time in the thread (the queue runs one per process; a direct call waits its turn).
  const run = queue.then(() => runInThread({ config, databaseUrl }, jobId, resourceLimits));
  queue = run.catch(() => undefined);
  const outcome = await run;
  if (outcome === 'outOfMemory') {
    // The thread is gone and its connections with it: an unfinished batch was rolled back. A rerun would fail again.
    await new ImportsRepository(db).updateJob(jobId, {
      state: 'FAILED',
      error: 'imports.outOfMemory',
      finishedAt: new Date(),
    });
    await notifyFinished(db, jobId);
    return;
  }
  if (!outcome.ok) throw new Error(outcome.message);
}
