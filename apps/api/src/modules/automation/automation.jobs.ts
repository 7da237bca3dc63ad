// The automation tick: a singleton job that runs every 15 s (it queues its successor), with a per-minute cron as the
// safety net that restarts the chain after an outage. One tick at a time across all processes (stately queue).
// Each tick also hands the rules' pending template e-mails to the `automation-email` queue.
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/prisma.ts';
import type { Jobs } from '../jobs/index.ts';
import { AUTOMATION_EMAIL_QUEUE, deliverAutomationEmail, queueAutomationEmails } from './automation-email.ts';
import { automationTick } from './automation-runner.ts';

export const AUTOMATION_QUEUE = 'automation-tick';
const TICK_KEY = 'tick';
const TICK_SECONDS = 15;

export type AutomationJobOptions = { retryLimit?: number; retryDelay?: number };

export function registerAutomationJobs(jobs: Jobs, db: Db, config: Config, options: AutomationJobOptions = {}): void {
  jobs.schedule(AUTOMATION_QUEUE, '* * * * *', {}, { singletonKey: TICK_KEY });
  jobs.work(
    AUTOMATION_QUEUE,
    async () => {
      await automationTick(db);
      await queueAutomationEmails(db, jobs);
      await jobs.send(AUTOMATION_QUEUE, {}, { singletonKey: TICK_KEY, startAfter: TICK_SECONDS });
    },
    { policy: 'stately', expireInSeconds: 600, retryLimit: 1, retryDelay: 5 },
  );
  const retryLimit = options.retryLimit ?? 6;
  jobs.work<{ id: string }>(
    AUTOMATION_EMAIL_QUEUE,
    async (job) => void (await deliverAutomationEmail(db, config, job.data.id, job.retryCount >= retryLimit)),
    {
      policy: 'stately',
      retryLimit,
      retryDelay: options.retryDelay ?? 60,
      retryBackoff: true,
      expireInSeconds: 300,
      concurrency: 2,
    },
  );
}
