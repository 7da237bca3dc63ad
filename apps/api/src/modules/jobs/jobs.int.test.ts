// The job system on a real PostgreSQL: lease expiry after a killed worker, one cron run per tick, singleton keys.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { createJobs, type Jobs } from './index.ts';
import { createEffectTables, startDoomedWorker, waitFor } from './jobs-test-kit.ts';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()!();
});

async function database(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  cleanup.push(() => db.drop());
  return db;
}

async function started(url: string, role: 'web' | 'worker' | 'all', setup: (jobs: Jobs) => void = () => undefined) {
  const jobs = createJobs({
    databaseUrl: url,
    role,
    pollingIntervalSeconds: 0.5,
    maintenanceIntervalSeconds: 1,
    cronCheckSeconds: 1,
  });
  setup(jobs);
  await jobs.start();
  cleanup.push(() => jobs.stop());
  return jobs;
}

describe('background jobs', () => {
  it('retries the job of a worker process killed mid-run after its lease expires, and the effect happens once', async () => {
    const { url, prisma } = await database();
    await createEffectTables(prisma);
    const queue = 'test-effect';
    const doomed = startDoomedWorker(url, queue);
    cleanup.push(async () => doomed.child.kill('SIGKILL'));
    const leaseOptions = { expireInSeconds: 2, retryDelay: 0, retryBackoff: false };
    const sender = await started(url, 'web', (jobs) => jobs.work(queue, async () => undefined, leaseOptions));
    const jobId = await sender.send(queue, { key: 'invoice-42' });
    expect(await doomed.effect).toBe(jobId);
    doomed.child.kill('SIGKILL');

    // A surviving worker takes the job over once its 2 s lease has expired; its handler is idempotent on the key.
    await started(url, 'worker', (jobs) =>
      jobs.work<{ key: string }>(
        queue,
        async (job) => {
          await prisma.$executeRaw`INSERT INTO test_job_attempt (job_id, worker) VALUES (${job.id}::uuid, 'survivor')`;
          await prisma.$executeRaw`INSERT INTO test_job_effect (key, job_id) VALUES (${job.data.key}, ${job.id}::uuid) ON CONFLICT (key) DO NOTHING`;
        },
        leaseOptions,
      ),
    );
    const state = await waitFor(async () => {
      const rows = await prisma.$queryRaw<{ state: string; retry_count: number }[]>`
        SELECT state::text, retry_count FROM pgboss.job WHERE id = ${jobId}::uuid`;
      return rows[0]?.state === 'completed' ? rows[0] : undefined;
    }, 30_000);
    expect(state.retry_count).toBe(1);
    const attempts = await prisma.$queryRaw<{ worker: string }[]>`SELECT worker FROM test_job_attempt ORDER BY id`;
    expect(attempts.map((a) => a.worker)).toEqual(['doomed', 'survivor']);
    const effects = await prisma.$queryRaw<{ key: string }[]>`SELECT key FROM test_job_effect`;
    expect(effects).toEqual([{ key: 'invoice-42' }]);
  }, 60_000);

  it('runs a cron schedule once per tick when two processes share the database', async () => {
    const { url, prisma } = await database();
    await createEffectTables(prisma);
    const setup = (name: string) => (jobs: Jobs) => {
      jobs.schedule('test-tick', '* * * * *', { tick: true });
      jobs.work('test-tick', async (job) => {
        await prisma.$executeRaw`INSERT INTO test_job_attempt (job_id, worker) VALUES (${job.id}::uuid, ${name})`;
      });
    };
    await Promise.all([started(url, 'all', setup('a')), started(url, 'all', setup('b'))]);
    await waitFor(async () => {
      const [row] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM test_job_attempt`;
      return row!.n > 0 ? row : undefined;
    });
    // Give the other process time for its own cron check and a few polls: it must not run the tick again.
    await new Promise((r) => setTimeout(r, 7_000));
    // A tick is one pg-boss send-it job per minute (its singleton); each must have produced at most one tick job
    // (one more would be a tick sent twice), and each tick job must have run once. Grouping by when the handler ran
    // would count a late tick and the next one in the same minute on a loaded machine.
    const [counts] = await prisma.$queryRaw<{ ticks: number; jobs: number }[]>`
      SELECT (SELECT count(DISTINCT singleton_on)::int FROM pgboss.job
               WHERE name = '__pgboss__send-it' AND singleton_key = 'test-tick') AS ticks,
             (SELECT count(*)::int FROM pgboss.job WHERE name = 'test-tick') AS jobs`;
    expect(counts!.jobs).toBeGreaterThan(0);
    expect(counts!.jobs).toBeLessThanOrEqual(counts!.ticks);
    const perJob = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM test_job_attempt GROUP BY job_id`;
    for (const job of perJob) expect(job.n).toBe(1);
  }, 60_000);

  it('keeps one queued job per singleton key on a stately queue and does not run jobs in the web role', async () => {
    const { url, prisma } = await database();
    let ran = 0;
    const web = await started(url, 'web', (jobs) =>
      jobs.work('test-import', async () => void ran++, { policy: 'stately' }),
    );
    const first = await web.send('test-import', { importId: 'a' }, { singletonKey: 'a' });
    const second = await web.send('test-import', { importId: 'a' }, { singletonKey: 'a' });
    const other = await web.send('test-import', { importId: 'b' }, { singletonKey: 'b' });
    expect(first).toBeTruthy();
    expect(second).toBeNull();
    expect(other).toBeTruthy();
    await new Promise((r) => setTimeout(r, 1_500));
    expect(ran).toBe(0);
    const [row] = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'test-import' AND state = 'created'`;
    expect(row!.n).toBe(2);
  });

  it('gives a queue scheduled before its worker is registered the policy of the worker, so a self-rescheduling chain stays one', async () => {
    const { url, prisma } = await database();
    let ran = 0;
    const jobs = await started(url, 'worker', (j) => {
      j.schedule('test-chain', '* * * * *', {}, { singletonKey: 'tick' });
      j.work(
        'test-chain',
        async () => {
          ran++;
          await j.send('test-chain', {}, { singletonKey: 'tick', startAfter: 3600 });
        },
        { policy: 'stately', retryLimit: 1 },
      );
    });
    const [queue] = await prisma.$queryRaw<
      { policy: string }[]
    >`SELECT policy FROM pgboss.queue WHERE name = 'test-chain'`;
    expect(queue!.policy).toBe('stately');
    // The cron's job runs and queues its successor; the cron's next ticks and other sends share the key: while one
    // waits, they are dropped. (On a `standard` queue each one started another chain.)
    await waitFor(async () => (ran > 0 ? ran : undefined));
    await jobs.send('test-chain', {}, { singletonKey: 'tick', startAfter: 3600 });
    expect(await jobs.send('test-chain', {}, { singletonKey: 'tick' })).toBeNull();
    const [row] = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'test-chain' AND state = 'created'`;
    expect(row!.n).toBe(1);
  }, 60_000);

  it('refuses to send before start', async () => {
    const { url } = await database();
    const jobs = createJobs({ databaseUrl: url, role: 'web' });
    await expect(jobs.send('x', {})).rejects.toThrow(/before start/);
  });
});
