// A worker process for jobs.int.test.ts: writes the job's effect, says so, then hangs until the test kills it -9.
import pg from 'pg';
import { createJobs } from './job-runner.ts';

const databaseUrl = process.env.FIXTURE_DATABASE_URL!;
const queue = process.env.FIXTURE_QUEUE!;
const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
const jobs = createJobs({ databaseUrl, role: 'worker', pollingIntervalSeconds: 0.5 });
jobs.work<{ key: string }>(
  queue,
  async (job) => {
    await pool.query(`INSERT INTO test_job_attempt (job_id, worker) VALUES ($1, 'doomed')`, [job.id]);
    await pool.query(`INSERT INTO test_job_effect (key, job_id) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, [
      job.data.key,
      job.id,
    ]);
    process.stdout.write(`effect:${job.id}\n`);
    await new Promise(() => undefined);
  },
  { expireInSeconds: 2, retryDelay: 0, retryBackoff: false },
);
await jobs.start();
