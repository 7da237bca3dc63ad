// The one place where sent mail becomes history: every message Veza sends (one-off or campaign) is a done activity of
// the dedicated "Sent e-mail" type (dictionary key `sent_email`) on its client, written set-based with UUIDv7 ids.
import type { Db, Prisma } from '../../db/prisma.ts';
import { uuid7Sql } from '../../db/uuid7.ts';

/** The activity type of mail sent from Veza, apart from the "E-mail" type users log by hand. */
export const SENT_EMAIL_TYPE_KEY = 'sent_email';

export type MailActivity = {
  /** Known up front when a message row links to it; else a new UUIDv7. */
  id?: string | null;
  clientId: string;
  personId: string | null;
  subject: string;
  /** The message's text part. */
  note?: string | null;
  ownerId: string;
  /** The opportunity the mail was sent from. */
  opportunityId?: string | null;
  /** The activity the mail was sent from (the new one is its follow-up in the thread). */
  parentId?: string | null;
};

export class MailActivitiesRepository {
  constructor(private readonly db: Db | Prisma.TransactionClient) {}

  async typeId(): Promise<string | null> {
    const row = await this.db.dictionaryValue.findFirst({
      where: { kind: 'ACTIVITY_TYPE', key: SENT_EMAIL_TYPE_KEY },
      select: { id: true },
    });
    return row?.id ?? null;
  }

  /**
   * One statement for any number of mails: done activities started and closed now, and each client's last contact.
   * Returns the number of activities written.
   */
  async insert(typeId: string, rows: MailActivity[]): Promise<number> {
    if (!rows.length) return 0;
    const col = <K extends keyof MailActivity>(k: K) => rows.map((r) => r[k] ?? null);
    const subjects = rows.map((r) => r.subject.slice(0, 250));
    const written = await this.db.$executeRaw`
      WITH src AS (
        SELECT * FROM unnest(${col('id')}::uuid[], ${col('clientId')}::uuid[], ${col('personId')}::uuid[],
          ${subjects}::text[], ${col('note')}::text[], ${col('ownerId')}::uuid[], ${col('opportunityId')}::uuid[],
          ${col('parentId')}::uuid[])
          AS s(id, client_id, person_id, subject, note, owner_id, opportunity_id, parent_id)),
      touched AS (
        UPDATE clients SET last_contact_at = now() WHERE id IN (SELECT client_id FROM src))
      INSERT INTO activities (id, type_id, client_id, contact_person_id, subject, note, status, starts_at, closed_at,
        owner_id, created_by_id, opportunity_id, parent_id, updated_at)
      SELECT coalesce(s.id, ${await uuid7Sql(this.db)}), ${typeId}::uuid, s.client_id, s.person_id, s.subject, s.note,
        'DONE', now(), now(), s.owner_id, s.owner_id, s.opportunity_id, s.parent_id, now()
      FROM src s`;
    return written;
  }
}
