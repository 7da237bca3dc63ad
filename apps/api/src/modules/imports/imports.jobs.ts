// The import queue's worker: one import at a time per process, each in its own heap-capped worker thread
// (import-thread.ts), with a lease long enough for a big file's batch.
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/prisma.ts';
import type { Jobs } from '../jobs/index.ts';
import { runImportInThread } from './import-thread.ts';
import { IMPORT_QUEUE } from './imports.service.ts';

export function registerImportJobs(jobs: Jobs, db: Db, config: Config, databaseUrl: string) {
  jobs.work<{ importId: string }>(
    IMPORT_QUEUE,
    (job) => runImportInThread(db, config, databaseUrl, job.data.importId),
    { policy: 'stately', expireInSeconds: 900, retryLimit: 3, concurrency: 1 },
  );
}
