// Scheduled notifications: reminders before planned activities (every minute) and the overdue digest (07:00 local).
import type { Db } from '../../db/prisma.ts';
import { globalId } from '../../graphql/ids.ts';
import type { Jobs } from '../jobs/index.ts';
import { NotificationSourcesRepository } from './notifications.repository.ts';
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

/** Reminders and the overdue digest; their e-mails go through the mail module's outbox (registerSystemMailJobs). */
export function registerNotificationJobs(jobs: Jobs, db: Db): void {
  jobs.schedule('notifications-reminders', '* * * * *');
  jobs.work('notifications-reminders', async () => void (await sendReminders(db)), { expireInSeconds: 120 });
  // Hourly: each user's digest comes in the hour it is 07:00 where they are.
  jobs.schedule('notifications-overdue-digest', '0 * * * *');
  jobs.work('notifications-overdue-digest', async () => void (await sendOverdueDigests(db)), { expireInSeconds: 600 });
}
