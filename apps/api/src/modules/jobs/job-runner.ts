// Background jobs on pg-boss in Veza's own PostgreSQL (schema `pgboss`): queues, workers, cron schedules, roles.
import PgBoss from 'pg-boss';
import { runWithAudit } from '../../db/audit-context.ts';

export type Role = 'web' | 'worker' | 'all';

/** The schema pg-boss owns; nothing else writes there. */
export const JOBS_SCHEMA = 'pgboss';

export type QueueOptions = {
  /** Attempts after the first failure (default 3). */
  retryLimit?: number;
  /** Seconds between attempts (default 30, doubled each time with `retryBackoff`). */
  retryDelay?: number;
  retryBackoff?: boolean;
  /**
   * The lease: a job still active this long after it started (its process died or hung) counts as failed and is
   * retried (default 900 = 15 min). Keep it above the longest honest run of the handler.
   */
  expireInSeconds?: number;
  /**
   * `standard` (default) or `stately`: with `stately` at most one job per singletonKey waits and one runs, so a second
   * `send` with the same key while the first is queued returns null.
   */
  policy?: 'standard' | 'stately';
};

export type SendOptions = {
  /** Deduplicates on a `stately` queue (see QueueOptions.policy). */
  singletonKey?: string;
  retryLimit?: number;
  expireInSeconds?: number;
  /** Run no earlier than this (a Date or seconds from now). */
  startAfter?: Date | number;
};

export type Job<T> = { id: string; queue: string; data: T; retryCount: number };
export type JobHandler<T> = (job: Job<T>) => Promise<void>;

export type WorkOptions = QueueOptions & {
  /** Jobs of this queue run at once in this process (default 1). */
  concurrency?: number;
};

export type JobsOptions = {
  databaseUrl: string;
  role: Role;
  /** How often an idle worker asks for work (seconds, default 2; ≥ 0.5). */
  pollingIntervalSeconds?: number;
  /** How often expired leases are retried and old jobs archived (seconds, default 60). */
  maintenanceIntervalSeconds?: number;
  /** How often a worker process checks the cron schedules (seconds, default 30; a tick fires at most this late). */
  cronCheckSeconds?: number;
  /** How long stop() waits for running handlers before failing them back to the queue (ms, default 20 000). */
  stopTimeoutMs?: number;
  log?: (message: string) => void;
};

export type Jobs = ReturnType<typeof createJobs>;

function queueSettings(options: WorkOptions): QueueOptions {
  const { concurrency: _concurrency, ...queue } = options;
  return queue;
}

type Registration =
  | { kind: 'work'; queue: string; handler: JobHandler<unknown>; options: WorkOptions }
  | { kind: 'schedule'; queue: string; cron: string; data: object; tz: string; singletonKey?: string };

const DEFAULT_QUEUE: Required<Omit<QueueOptions, 'policy'>> = {
  retryLimit: 3,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 900,
};

function newBoss(options: JobsOptions, runsWorkers: boolean): PgBoss {
  return new PgBoss({
    connectionString: options.databaseUrl,
    schema: JOBS_SCHEMA,
    application_name: `veza-jobs-${options.role}`,
    max: 4,
    // Only worker processes evaluate cron and run maintenance; pg-boss guards both with a row lock, so several
    // worker processes on one database still fire each tick once.
    schedule: runsWorkers,
    supervise: runsWorkers,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
    cronMonitorIntervalSeconds: options.cronCheckSeconds ?? 30,
    cronWorkerIntervalSeconds: Math.min(5, options.cronCheckSeconds ?? 5),
    ...DEFAULT_QUEUE,
  });
}

/**
 * Creates each queue once per process; with options (from a `work` registration, which runs in every role) also
 * brings an existing queue's options up to date. Two processes creating one queue at once may deadlock inside
 * pg-boss's partition DDL; the loser retries.
 */
function queueKeeper(boss: PgBoss) {
  const queues = new Map<string, Promise<void>>();
  async function create(queue: string, queueOptions?: QueueOptions): Promise<void> {
    const settings = { name: queue, ...DEFAULT_QUEUE, ...queueOptions };
    for (let attempt = 1; ; attempt++) {
      try {
        if (!(await boss.getQueue(queue))) await boss.createQueue(queue, settings);
        else if (queueOptions) await boss.updateQueue(queue, settings);
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 100));
      }
    }
  }
  return {
    /**
     * A queue first met through `schedule` (no options) and then through `work` (its policy, retries, lease) gets the
     * work's options too: otherwise a schedule registered before its worker left a stately queue `standard`, and its
     * singleton key deduplicated nothing (each cron tick started one more self-rescheduling chain).
     */
    ensure(queue: string, queueOptions?: QueueOptions): Promise<void> {
      const before = queues.get(queue);
      if (before && !queueOptions) return before;
      const created = before ? before.then(() => create(queue, queueOptions)) : create(queue, queueOptions);
      queues.set(queue, created);
      created.catch(() => queues.delete(queue));
      return created;
    },
    clear: () => queues.clear(),
  };
}

/** Puts one registration into effect: its queue, and in worker roles its workers or cron schedule. */
function applier(boss: PgBoss, options: JobsOptions, runsWorkers: boolean, queues: ReturnType<typeof queueKeeper>) {
  return async function apply(r: Registration): Promise<void> {
    if (r.kind === 'work') {
      await queues.ensure(r.queue, queueSettings(r.options));
      if (!runsWorkers) return;
      const workOptions = {
        includeMetadata: true as const,
        batchSize: 1,
        pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
      };
      for (let i = 0; i < Math.max(1, r.options.concurrency ?? 1); i++) {
        await boss.work<unknown>(r.queue, workOptions, async ([job]) => {
          // The job's writes are audited as "system: job <queue> <id>" (a handler may name itself more precisely).
          if (job)
            await runWithAudit({ source: `system: job ${job.name} ${job.id}` }, () =>
              r.handler({ id: job.id, queue: job.name, data: job.data, retryCount: job.retryCount }),
            );
        });
      }
    } else {
      await queues.ensure(r.queue);
      if (runsWorkers)
        await boss.schedule(r.queue, r.cron, r.data, {
          tz: r.tz,
          ...(r.singletonKey ? { singletonKey: r.singletonKey } : {}),
        });
    }
  };
}

/**
 * Creates (does not start) the job system. `work` and `schedule` may be called before `start()` — modules register at
 * composition time — and take effect at start; in the `web` role they are recorded but no worker or cron runs there.
 */
export function createJobs(options: JobsOptions) {
  const runsWorkers = options.role !== 'web';
  const log = options.log ?? ((m: string) => console.warn(m));
  const boss = newBoss(options, runsWorkers);
  const registrations: Registration[] = [];
  const queues = queueKeeper(boss);
  const apply = applier(boss, options, runsWorkers, queues);
  let started = false;
  let stopped = false;
  // After stop() the app is shutting its database down: pg-boss's pool may still report the server closing
  // connections it no longer uses; that is not an error of a job.
  boss.on('error', (error: Error) => {
    if (!stopped) log(`jobs: ${error.message}`);
  });

  function register(r: Registration): void {
    registrations.push(r);
    if (started) void apply(r).catch((error: Error) => log(`jobs: ${r.queue}: ${error.message}`));
  }

  return {
    role: options.role,
    runsWorkers,
    /** Creates or upgrades the `pgboss` schema, then starts the registered workers and schedules. */
    async start(): Promise<void> {
      if (started) return;
      await boss.start();
      started = true;
      for (const r of registrations) await apply(r);
    },
    /** Stops fetching, waits for running handlers (up to stopTimeoutMs), fails the rest back to the queue. */
    async stop(): Promise<void> {
      if (!started) return;
      started = false;
      queues.clear();
      await boss.stop({ graceful: true, wait: true, timeout: options.stopTimeoutMs ?? 20_000 });
      stopped = true;
    },
    /** Queues a job; returns its id, or null when a `stately` queue already holds one with that singletonKey. */
    async send<T extends object>(queue: string, data: T, sendOptions: SendOptions = {}): Promise<string | null> {
      if (!started) throw new Error(`jobs: send(${queue}) before start()`);
      await queues.ensure(queue);
      const { startAfter, ...rest } = sendOptions;
      return boss.send(queue, data, { ...rest, ...(startAfter === undefined ? {} : { startAfter }) });
    },
    /**
     * Runs `handler` for each job of `queue` in the worker and all roles. A throw fails the attempt; it is retried.
     * Register it in every role (background.ts does): a web process records the queue's options without running it.
     */
    work<T>(queue: string, handler: JobHandler<T>, workOptions: WorkOptions = {}): void {
      register({ kind: 'work', queue, handler: handler as JobHandler<unknown>, options: workOptions });
    },
    /**
     * A cron schedule (5 fields, `tz` default UTC) that sends `data` to `queue` once per tick however many processes
     * run; one schedule per queue name. Pair it with `work(queue, …)`.
     */
    schedule(
      queue: string,
      cron: string,
      data: object = {},
      scheduleOptions: { tz?: string; singletonKey?: string } = {},
    ): void {
      register({ kind: 'schedule', queue, cron, data, tz: scheduleOptions.tz ?? 'UTC', ...scheduleOptions });
    },
    /** Re-queues a failed (or cancelled) job. */
    retry: (queue: string, id: string) => boss.retry(queue, id),
    /** Cancels a queued or running job (a running handler is not interrupted; its result is ignored). */
    cancel: (queue: string, id: string) => boss.cancel(queue, id),
    /** Retries jobs whose lease expired now, instead of at the next maintenance tick (tests, admin). */
    expireLeases: () => boss.expire(),
  };
}
