// The automation tick: a singleton job that runs every 15 s (it queues its successor), with a per-minute cron as the
// safety net that restarts the chain after an outage. One tick at a time across all processes (stately queue).
// Each tick also hands pending e-mails (the rules' template mails among them) to the mail module's outbox queue at
// once, without waiting for the outbox's own 10 s sweep.
import type { Db } from '../../db/prisma.ts';
import type { Jobs } from '../jobs/index.ts';
import { queueSystemMails } from '../mail/index.ts';
import { automationTick } from './automation-runner.ts';

export const AUTOMATION_QUEUE = 'automation-tick';
const TICK_KEY = 'tick';
const TICK_SECONDS = 15;

export function registerAutomationJobs(jobs: Jobs, db: Db): void {
  jobs.schedule(AUTOMATION_QUEUE, '* * * * *', {}, { singletonKey: TICK_KEY });
  jobs.work(
    AUTOMATION_QUEUE,
    async () => {
      await automationTick(db);
      await queueSystemMails(db, jobs);
      await jobs.send(AUTOMATION_QUEUE, {}, { singletonKey: TICK_KEY, startAfter: TICK_SECONDS });
    },
    { policy: 'stately', expireInSeconds: 600, retryLimit: 1, retryDelay: 5 },
  );
}
