// The import queue's worker: one import at a time per process, a lease long enough for a big file's batch.
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/prisma.ts';
import type { Jobs } from '../jobs/index.ts';
import { runImport } from './import-runner.ts';
import { IMPORT_QUEUE } from './imports.service.ts';

export function registerImportJobs(jobs: Jobs, db: Db, config: Config) {
  jobs.work<{ importId: string }>(IMPORT_QUEUE, (job) => runImport(db, config, job.data.importId), {
    policy: 'stately',
    expireInSeconds: 900,
    retryLimit: 3,
    concurrency: 1,
  });
}
