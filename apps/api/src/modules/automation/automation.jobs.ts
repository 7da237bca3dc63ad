// The automation tick: a singleton job that runs every 15 s (it queues its successor), with a per-minute cron as the
// safety net that restarts the chain after an outage. One tick at a time across all processes (stately queue).
import type { Db } from '../../db/prisma.ts';
import type { Jobs } from '../jobs/index.ts';
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
      await jobs.send(AUTOMATION_QUEUE, {}, { singletonKey: TICK_KEY, startAfter: TICK_SECONDS });
    },
    { policy: 'stately', expireInSeconds: 600, retryLimit: 1, retryDelay: 5 },
  );
}
