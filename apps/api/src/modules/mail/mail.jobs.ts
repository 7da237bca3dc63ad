// The `mail-send` queue: one job per queued message row (test mail, one-off mail).
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/prisma.ts';
import type { Jobs } from '../jobs/index.ts';
import os from 'node:os';
import { runCampaignSender } from './campaign-sender.ts';
import { deliverMessage } from './mail-delivery.ts';

export const MAIL_SEND_QUEUE = 'mail-send';
/** Every minute: start due approved campaigns and send what is due (several workers share the work by lease). */
export const MAIL_CAMPAIGNS_QUEUE = 'mail-campaigns';

export type MailJobOptions = { retryLimit?: number; retryDelay?: number };

/** 4xx and network failures are retried `retryLimit` times, `retryDelay` seconds apart, doubling each time. */
export function registerMailJobs(jobs: Jobs, db: Db, config: Config, options: MailJobOptions = {}): void {
  const retryLimit = options.retryLimit ?? 6;
  jobs.work<{ id: string }>(
    MAIL_SEND_QUEUE,
    async (job) => void (await deliverMessage(db, config, job.data.id, job.retryCount >= retryLimit)),
    { retryLimit, retryDelay: options.retryDelay ?? 60, retryBackoff: true, expireInSeconds: 300, concurrency: 2 },
  );
  const me = `${os.hostname()}-${process.pid}`;
  jobs.schedule(MAIL_CAMPAIGNS_QUEUE, '* * * * *');
  jobs.work(MAIL_CAMPAIGNS_QUEUE, async () => runCampaignSender(db, config, me), {
    policy: 'stately',
    expireInSeconds: 3600,
    retryLimit: 0,
  });
}
