// Scheduled notifications: reminders before planned activities (every minute), the overdue digest (07:00 local),
// and the e-mail sweep (every 10 s) with its sending queue.
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/prisma.ts';
import { globalId } from '../../graphql/ids.ts';
import type { Jobs } from '../jobs/index.ts';
import { NotificationSourcesRepository } from './notifications.repository.ts';
import { deliverNotificationEmail, NOTIFICATION_EMAIL_QUEUE, queueNotificationEmails } from './notification-email.ts';
import { notifyMany } from './notify.ts';

export async function sendReminders(db: Db): Promise<number> {
  const rows = await new NotificationSourcesRepository(db).dueReminders();
  return notifyMany(
    db,
    rows.map((r) => ({
      recipientIds: [r.owner_id],
      kind: 'REMINDER' as const,
      params: { subject: r.subject, minutes: r.minutes },
      link: `/activities/${globalId('Activity', r.id)}`,
      // One reminder per start time: moving the activity later brings a new one.
      dedupeKey: `reminder:${r.id}:${r.starts_at.toISOString()}`,
    })),
  );
}

export async function sendOverdueDigests(db: Db): Promise<number> {
  const rows = await new NotificationSourcesRepository(db).overdueDigests();
  return notifyMany(
    db,
    rows.map((r) => ({
      recipientIds: [r.owner_id],
      kind: 'OVERDUE_DIGEST' as const,
      params: { count: r.n },
      link: '/activities?overdue=1',
      dedupeKey: `overdue:${r.local_day}`,
    })),
  );
}

/** The sweep's own queue: one run at a time across processes; each run queues its successor 10 s later. */
export const NOTIFICATION_EMAIL_SWEEP = 'notification-email-sweep';
const SWEEP_KEY = 'sweep';

export type NotificationJobOptions = { retryLimit?: number; retryDelay?: number };

function registerEmailJobs(jobs: Jobs, db: Db, config: Config, options: NotificationJobOptions): void {
  const retryLimit = options.retryLimit ?? 6;
  jobs.work<{ id: string }>(
    NOTIFICATION_EMAIL_QUEUE,
    async (job) => void (await deliverNotificationEmail(db, config, job.data.id, job.retryCount >= retryLimit)),
    {
      policy: 'stately',
      retryLimit,
      retryDelay: options.retryDelay ?? 60,
      retryBackoff: true,
      expireInSeconds: 300,
      concurrency: 2,
    },
  );
  jobs.schedule(NOTIFICATION_EMAIL_SWEEP, '* * * * *', {}, { singletonKey: SWEEP_KEY });
  jobs.work(
    NOTIFICATION_EMAIL_SWEEP,
    async () => {
      await queueNotificationEmails(db, jobs);
      await jobs.send(NOTIFICATION_EMAIL_SWEEP, {}, { singletonKey: SWEEP_KEY, startAfter: 10 });
    },
    { policy: 'stately', expireInSeconds: 120, retryLimit: 1, retryDelay: 5 },
  );
}

export function registerNotificationJobs(
  jobs: Jobs,
  db: Db,
  config: Config,
  options: NotificationJobOptions = {},
): void {
  registerEmailJobs(jobs, db, config, options);
  jobs.schedule('notifications-reminders', '* * * * *');
  jobs.work('notifications-reminders', async () => void (await sendReminders(db)), { expireInSeconds: 120 });
  // Hourly: each user's digest comes in the hour it is 07:00 where they are.
  jobs.schedule('notifications-overdue-digest', '0 * * * *');
  jobs.work('notifications-overdue-digest', async () => void (await sendOverdueDigests(db)), { expireInSeconds: 600 });
}
