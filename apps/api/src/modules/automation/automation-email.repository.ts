// The SEND_TEMPLATE action's rows: who a record's e-mail may go to (its client's persons with their consent, role
// holders' addresses), the rendered e-mails (one per rule, record, occurrence and address) and their sending state
// (the sweep, a lease per row while sending, the outcome) — the same once-only path as notification e-mails.
import type { Db, Prisma } from '../../db/prisma.ts';
import { uuid7Sql } from '../../db/uuid7.ts';

type Tx = Db | Prisma.TransactionClient;
/** Shorter than the job's 300 s lease: a retried job finds a crashed worker's claim expired. */
const LEASE = '4 minutes';

export type RecordPerson = {
  client_id: string;
  first_name: string;
  last_name: string;
  salutation: string | null;
  email: string | null;
  consent: boolean;
  client_name: string;
};
export type NewAutomationEmail = {
  recordId: string;
  occurrence: string;
  toAddress: string;
  subject: string;
  html: string;
};
export type ClaimedEmail = { id: string; to_address: string; subject: string; html: string };

export class AutomationEmailRepository {
  constructor(private readonly db: Tx) {}

  /** The live persons of `clientIds` with their first address and marketing consent. */
  clientPersons(clientIds: string[]) {
    if (!clientIds.length) return Promise.resolve([] as RecordPerson[]);
    return this.db.$queryRaw<RecordPerson[]>`
      SELECT cp.client_id::text, p.first_name, p.last_name, p.salutation, p.emails[1] AS email,
        p.marketing_consent AS consent, c.name AS client_name
      FROM client_persons cp JOIN persons p ON p.id = cp.person_id AND p.deleted_at IS NULL
      JOIN clients c ON c.id = cp.client_id
      WHERE cp.client_id = ANY (${clientIds}::uuid[])
      ORDER BY cp.client_id, p.id`;
  }

  users(ids: string[]) {
    return this.db.user.findMany({
      where: { id: { in: ids }, active: true },
      select: { id: true, name: true, email: true },
    });
  }

  /** Inserts the rendered e-mails, skipping any already made for the same rule, record, occurrence and address. */
  async insert(ruleId: string, rows: NewAutomationEmail[]): Promise<number> {
    if (!rows.length) return 0;
    const col = <K extends keyof NewAutomationEmail>(k: K) => rows.map((r) => r[k]);
    return this.db.$executeRaw`
      INSERT INTO automation_emails (id, rule_id, record_id, occurrence, to_address, subject, html)
      SELECT ${await uuid7Sql(this.db)}, ${ruleId}::uuid, r.record_id, r.occurrence, r.to_address, r.subject, r.html
      FROM unnest(${col('recordId')}::uuid[], ${col('occurrence')}::text[], ${col('toAddress')}::text[],
        ${col('subject')}::text[], ${col('html')}::text[]) AS r(record_id, occurrence, to_address, subject, html)
      ON CONFLICT DO NOTHING`;
  }

  /** Pending e-mails not yet queued (or queued an hour ago and still pending), marked queued in the same statement. */
  takeUnqueued(limit: number) {
    return this.db.$queryRaw<{ id: string }[]>`
      UPDATE automation_emails SET queued_at = now()
      WHERE id IN (SELECT id FROM automation_emails
        WHERE state = 'PENDING' AND (queued_at IS NULL OR queued_at < now() - interval '1 hour')
        ORDER BY created_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING id::text`;
  }

  async claim(id: string): Promise<ClaimedEmail | null> {
    const rows = await this.db.$queryRaw<ClaimedEmail[]>`
      UPDATE automation_emails SET lease_until = now() + ${LEASE}::interval, attempts = attempts + 1
      WHERE id = ${id}::uuid AND state = 'PENDING' AND (lease_until IS NULL OR lease_until < now())
      RETURNING id::text, to_address, subject, html`;
    return rows[0] ?? null;
  }

  async finish(id: string, state: 'SENT' | 'FAILED' | 'PENDING', error: string | null): Promise<void> {
    await this.db.$executeRaw`
      UPDATE automation_emails SET state = ${state}::"NotificationEmailState", error = ${error}, lease_until = NULL,
        sent_at = CASE WHEN ${state} = 'SENT' THEN now() END
      WHERE id = ${id}::uuid AND state = 'PENDING'`;
  }
}
