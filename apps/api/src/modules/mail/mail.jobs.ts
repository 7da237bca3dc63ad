// The `mail-send` queue: one job per queued message row (test mail, one-off mail).
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/prisma.ts';
import type { Jobs } from '../jobs/index.ts';
import { deliverMessage } from './mail-delivery.ts';

export const MAIL_SEND_QUEUE = 'mail-send';

export type MailJobOptions = { retryLimit?: number; retryDelay?: number };

/** 4xx and network failures are retried `retryLimit` times, `retryDelay` seconds apart, doubling each time. */
export function registerMailJobs(jobs: Jobs, db: Db, config: Config, options: MailJobOptions = {}): void {
  const retryLimit = options.retryLimit ?? 6;
  jobs.work<{ id: string }>(
    MAIL_SEND_QUEUE,
    async (job) => void (await deliverMessage(db, config, job.data.id, job.retryCount >= retryLimit)),
    { retryLimit, retryDelay: options.retryDelay ?? 60, retryBackoff: true, expireInSeconds: 300, concurrency: 2 },
  );
}
