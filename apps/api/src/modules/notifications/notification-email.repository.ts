// The e-mail side of notifications: the sweep that hands pending ones to the queue, the per-notification claim (a
// lease, so two workers never talk to the relay about the same one at once) and the recorded outcome.
import type { Db } from '../../db/prisma.ts';

/** A claim on a worker's behalf lasts shorter than the job's lease (300 s), so a retried job finds it expired. */
const LEASE = '4 minutes';

export type ClaimedNotification = {
  id: string;
  text: string;
  link: string | null;
  email: string;
  locale: string;
  attempts: number;
};

export class NotificationEmailRepository {
  constructor(private readonly db: Db) {}

  /**
   * Pending e-mails not yet queued (or queued an hour ago and still pending: a lost job), oldest first, marked
   * queued in the same statement, so two sweeps at once never return the same notification.
   */
  takeUnqueued(limit: number) {
    return this.db.$queryRaw<{ id: string }[]>`
      UPDATE notifications SET email_queued_at = now()
      WHERE id IN (SELECT id FROM notifications
        WHERE email_state = 'PENDING' AND (email_queued_at IS NULL OR email_queued_at < now() - interval '1 hour')
        ORDER BY created_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING id::text`;
  }

  /** Takes notification `id` for sending (with the recipient's address and language), unless sent or held. */
  async claim(id: string): Promise<ClaimedNotification | null> {
    const rows = await this.db.$queryRaw<ClaimedNotification[]>`
      UPDATE notifications n
      SET email_lease_until = now() + ${LEASE}::interval, email_attempts = n.email_attempts + 1
      FROM users u
      WHERE n.id = ${id}::uuid AND u.id = n.recipient_id AND n.email_state = 'PENDING'
        AND (n.email_lease_until IS NULL OR n.email_lease_until < now())
      RETURNING n.id::text, n.text, n.link, u.email, u.locale, n.email_attempts AS attempts`;
    return rows[0] ?? null;
  }

  /** The outcome of a claimed attempt: SENT (with its time), FAILED for good, or still PENDING with the error. */
  async finish(id: string, state: 'SENT' | 'FAILED' | 'PENDING', error: string | null): Promise<void> {
    await this.db.$executeRaw`
      UPDATE notifications SET email_state = ${state}::"NotificationEmailState", email_error = ${error},
        email_lease_until = NULL, email_sent_at = CASE WHEN ${state} = 'SENT' THEN now() END
      WHERE id = ${id}::uuid AND email_state = 'PENDING'`;
  }
}
