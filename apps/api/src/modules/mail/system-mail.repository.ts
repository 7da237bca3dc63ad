// The system-mail outbox (`system_mails`): notification e-mails and automation rules' template e-mails. Rows are
// added set-based, handed to the queue once by a sweep (marked queued in the same statement), claimed one at a time
// under a lease (so two workers never talk to the relay about the same row at once) and closed with their outcome.
import type { Db, Prisma } from '../../db/prisma.ts';
import { uuid7Sql } from '../../db/uuid7.ts';

type Tx = Db | Prisma.TransactionClient;

/** A claim lasts shorter than the job's lease (300 s), so a retried job finds a crashed worker's claim expired. */
const LEASE = '4 minutes';

export type NewTemplateMail = {
  recordId: string;
  occurrence: string;
  toAddress: string;
  subject: string;
  html: string;
  /** A contact person's mail: gets a one-click unsubscribe token. */
  personId: string | null;
  unsubscribeToken: string | null;
};

/**
 * A claimed row. A notification's row has no subject/html: it is rendered from the notification's text and link in
 * the recipient's language (`locale`) at send time; `key` is the Message-ID's local part.
 */
export type ClaimedSystemMail = {
  id: string;
  key: string;
  to_address: string | null;
  subject: string | null;
  html: string | null;
  unsubscribe_token: string | null;
  text: string | null;
  link: string | null;
  locale: string | null;
  /** A notification's recipient (null for a rule's mail). */
  recipient_id: string | null;
};

export type SystemMailState = 'SENT' | 'FAILED' | 'PENDING';

export class SystemMailRepository {
  constructor(private readonly db: Tx) {}

  /** Outbox rows for notifications `ids` (the recipient chose e-mail for their kind); returns how many. */
  async addNotifications(ids: string[]): Promise<number> {
    if (!ids.length) return 0;
    return this.db.$executeRaw`
      INSERT INTO system_mails (id, notification_id)
      SELECT ${await uuid7Sql(this.db)}, n FROM unnest(${ids}::uuid[]) n
      ON CONFLICT DO NOTHING`;
  }

  /** A rule's rendered mails, skipping any already made for the same rule, record, occurrence and address. */
  async addTemplateMails(ruleId: string, rows: NewTemplateMail[]): Promise<number> {
    if (!rows.length) return 0;
    const col = <K extends keyof NewTemplateMail>(k: K) => rows.map((r) => r[k]);
    return this.db.$executeRaw`
      INSERT INTO system_mails (id, rule_id, record_id, occurrence, to_address, subject, html, person_id,
        unsubscribe_token)
      SELECT ${await uuid7Sql(this.db)}, ${ruleId}::uuid, r.record_id, r.occurrence, r.to_address, r.subject, r.html,
        r.person_id, r.token
      FROM unnest(${col('recordId')}::uuid[], ${col('occurrence')}::text[], ${col('toAddress')}::text[],
        ${col('subject')}::text[], ${col('html')}::text[], ${col('personId')}::uuid[], ${col('unsubscribeToken')}::text[])
        AS r(record_id, occurrence, to_address, subject, html, person_id, token)
      ON CONFLICT DO NOTHING`;
  }

  /** Pending rows not yet queued (or queued an hour ago and still pending: a lost job), marked queued at once. */
  takeUnqueued(limit: number) {
    return this.db.$queryRaw<{ id: string }[]>`
      UPDATE system_mails SET queued_at = now()
      WHERE id IN (SELECT id FROM system_mails
        WHERE state = 'PENDING' AND (queued_at IS NULL OR queued_at < now() - interval '1 hour')
        ORDER BY created_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING id::text`;
  }

  /** Takes row `id` for sending unless sent, failed or held; a notification's row comes with its text and recipient. */
  async claim(id: string): Promise<ClaimedSystemMail | null> {
    const rows = await this.db.$queryRaw<ClaimedSystemMail[]>`
      WITH claimed AS (
        UPDATE system_mails SET lease_until = now() + ${LEASE}::interval, attempts = attempts + 1
        WHERE id = ${id}::uuid AND state = 'PENDING' AND (lease_until IS NULL OR lease_until < now())
        RETURNING id, notification_id, to_address, subject, html, unsubscribe_token)
      SELECT m.id::text,
        CASE WHEN m.notification_id IS NULL THEN 'automation.' || m.id ELSE 'notification.' || m.notification_id END
          AS key,
        coalesce(m.to_address, u.email) AS to_address, m.subject, m.html, m.unsubscribe_token, n.text, n.link, u.locale,
        n.recipient_id::text
      FROM claimed m LEFT JOIN notifications n ON n.id = m.notification_id
      LEFT JOIN users u ON u.id = n.recipient_id`;
    return rows[0] ?? null;
  }

  /** The outcome of a claimed attempt: SENT (with its time), FAILED for good, or still PENDING with the error. */
  async finish(id: string, state: SystemMailState, error: string | null): Promise<void> {
    await this.db.$executeRaw`
      UPDATE system_mails SET state = ${state}::"NotificationEmailState", error = ${error}, lease_until = NULL,
        sent_at = CASE WHEN ${state} = 'SENT' THEN now() END
      WHERE id = ${id}::uuid AND state = 'PENDING'`;
  }
}
