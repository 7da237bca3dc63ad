// The morning celebration reminder: at 07:00 local time, each account manager who chose it hears of their clients'
// persons' birthdays and name days; one notification per person and occurrence (dedupe key), safe to retry.
import type { Db } from '../../db/prisma.ts';
import { globalId } from '../../graphql/ids.ts';
import type { Jobs } from '../jobs/index.ts';
import { notifyMany } from '../notifications/index.ts';
import { CelebrationsRepository } from './celebrations.repository.ts';

export async function sendCelebrationReminders(db: Db, defaultCountry = 'HR'): Promise<number> {
  const rows = await new CelebrationsRepository(db).dueToday(defaultCountry);
  return notifyMany(
    db,
    rows.map((r) => ({
      recipientIds: [r.manager_id],
      kind: 'CELEBRATION' as const,
      params: { name: r.person_name, client: r.client_name },
      link: `/clients/${globalId('Client', r.client_id)}`,
      dedupeKey: `celebration:${r.person_id}:${r.day}`,
    })),
  );
}

export function registerCelebrationJobs(jobs: Jobs, db: Db, defaultCountry: string): void {
  // Hourly: each manager's reminder comes in the hour it is 07:00 where they are.
  jobs.schedule('celebrations-reminders', '5 * * * *');
  jobs.work('celebrations-reminders', async () => void (await sendCelebrationReminders(db, defaultCountry)), {
    expireInSeconds: 600,
  });
}
