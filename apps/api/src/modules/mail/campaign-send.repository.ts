// SQL of the campaign sending service: recipients made set-based from the groups (one row per address), claimed in
// batches under a lease with FOR UPDATE SKIP LOCKED, re-checked for consent and suppression, and finished set-based
// together with their done activities in the clients' history. Row ids are UUIDv7 (db/uuid7.ts).
import { Prisma, type Db } from '../../db/prisma.ts';
import { uuid7Sql } from '../../db/uuid7.ts';
import { MailActivitiesRepository } from './mail-activities.repository.ts';

export type ClaimedRecipient = {
  id: string;
  address: string;
  message_id: string;
  unsubscribe_token: string;
  first_name: string;
  last_name: string;
  salutation: string | null;
  client_name: string | null;
};

export class CampaignSendRepository {
  constructor(readonly db: Db) {}

  /** The kept client filters of the campaign's groups, with the author's time zone to read their dates in. */
  dynamicFilters(campaignId: string) {
    return this.db.$queryRaw<{ filter: unknown; time_zone: string }[]>`SELECT g.filter, u.time_zone
      FROM email_campaigns ec JOIN mailing_groups g ON g.id = ANY (ec.group_ids) AND g.deleted_at IS NULL
        AND g.filter IS NOT NULL
      JOIN users u ON u.id = ec.created_by_id
      WHERE ec.id = ${campaignId}::uuid`;
  }

  /**
   * APPROVED (and due) → SENDING with its recipients: consenting members with an address, each address once;
   * `clientWheres` (compiled filters of dynamic groups, over clients `c`) add the persons of the matching clients.
   */
  async start(campaignId: string, messageDomain: string, clientWheres: Prisma.Sql[] = []): Promise<boolean> {
    const dynamic = clientWheres.map(
      (where) => Prisma.sql`UNION SELECT cp.person_id FROM clients c
        JOIN client_persons cp ON cp.client_id = c.id WHERE ${where}`,
    );
    return this.db.$transaction(async (tx) => {
      const started = await tx.$executeRaw`UPDATE email_campaigns SET state = 'SENDING', version = version + 1,
          updated_at = now()
        WHERE id = ${campaignId}::uuid AND state = 'APPROVED' AND (scheduled_at IS NULL OR scheduled_at <= now())`;
      if (started !== 1) return false;
      const newId = await uuid7Sql(tx);
      await tx.$executeRaw`INSERT INTO email_campaign_events (id, campaign_id, from_state, to_state, user_id)
        SELECT ${newId}, id, 'APPROVED', 'SENDING', coalesce(approved_by_id, created_by_id)
        FROM email_campaigns WHERE id = ${campaignId}::uuid`;
      await tx.$executeRaw`INSERT INTO email_campaign_recipients
          (id, campaign_id, person_id, client_id, address, message_id, unsubscribe_token)
        SELECT DISTINCT ON (lower(p.emails[1])) ${newId}, ${campaignId}::uuid, p.id,
          (SELECT cp.client_id FROM client_persons cp WHERE cp.person_id = p.id ORDER BY cp.is_primary DESC LIMIT 1),
          lower(p.emails[1]), '<' || gen_random_uuid() || '@' || ${messageDomain} || '>',
          replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')
        FROM (SELECT m.person_id FROM email_campaigns ec
            JOIN mailing_group_members m ON m.group_id = ANY (ec.group_ids) WHERE ec.id = ${campaignId}::uuid
          ${dynamic.length ? Prisma.join(dynamic, ' ') : Prisma.empty}) src
        JOIN persons p ON p.id = src.person_id AND p.deleted_at IS NULL AND cardinality(p.emails) > 0
          AND p.marketing_consent
        ORDER BY lower(p.emails[1]), p.id
        ON CONFLICT (campaign_id, address) DO NOTHING`;
      return true;
    });
  }

  /** Campaigns to work on: SENDING ones, and APPROVED ones that are due. */
  due() {
    return this.db.$queryRaw<{ id: string; state: string }[]>`SELECT id, state::text FROM email_campaigns
      WHERE state = 'SENDING' OR (state = 'APPROVED' AND (scheduled_at IS NULL OR scheduled_at <= now()))
      ORDER BY created_at LIMIT 20`;
  }

  /** Leases up to `limit` due rows (queued, or sending under an expired lease) to `me`; others skip them. */
  claim(campaignId: string, me: string, limit: number, leaseSeconds: number) {
    return this.db.$queryRaw<ClaimedRecipient[]>`
      WITH picked AS (
        SELECT id FROM email_campaign_recipients
        WHERE campaign_id = ${campaignId}::uuid
          AND ((state = 'QUEUED' AND next_attempt_at <= now()) OR (state = 'SENDING' AND locked_until < now()))
        ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED),
      leased AS (
        UPDATE email_campaign_recipients r SET state = 'SENDING', locked_by = ${me},
          locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = r.attempts + 1
        FROM picked WHERE r.id = picked.id
        RETURNING r.id, r.address, r.message_id, r.unsubscribe_token, r.person_id, r.client_id)
      SELECT l.id, l.address, l.message_id, l.unsubscribe_token, p.first_name, p.last_name, p.salutation,
        c.name AS client_name
      FROM leased l JOIN persons p ON p.id = l.person_id LEFT JOIN clients c ON c.id = l.client_id`;
  }

  /**
   * Of the leased rows, those whose person withdrew consent or whose address is suppressed (plainly, or as the SHA-256
   * hash an erasure keeps), are set SUPPRESSED.
   */
  async suppress(ids: string[], me: string): Promise<Set<string>> {
    const rows = await this.db.$queryRaw<{ id: string }[]>`UPDATE email_campaign_recipients r
      SET state = 'SUPPRESSED', locked_by = NULL, locked_until = NULL
      WHERE r.id = ANY (${ids}::uuid[]) AND r.locked_by = ${me} AND (
        EXISTS (SELECT 1 FROM email_suppressions s WHERE s.address = r.address)
        OR EXISTS (SELECT 1 FROM email_suppression_hashes h
          WHERE h.hash = encode(sha256(convert_to(lower(trim(r.address)), 'UTF8')), 'hex'))
        OR NOT EXISTS (SELECT 1 FROM persons p WHERE p.id = r.person_id AND p.deleted_at IS NULL
          AND p.marketing_consent))
      RETURNING r.id`;
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Sent rows still leased to `me` become SENT, and each one a done activity of its client through the mail module's
   * one activity writer, in one transaction (two set-based statements per batch).
   */
  markSent(ids: string[], me: string, activity: { typeId: string; subject: string; ownerId: string }) {
    return this.db.$transaction(async (tx) => {
      const done = await tx.$queryRaw<{ person_id: string; client_id: string | null }[]>`
        UPDATE email_campaign_recipients SET state = 'SENT', sent_at = now(), locked_by = NULL, locked_until = NULL
        WHERE id = ANY (${ids}::uuid[]) AND locked_by = ${me} AND state = 'SENDING'
        RETURNING person_id::text, client_id::text`;
      const rows = done.flatMap((d) =>
        d.client_id
          ? [{ clientId: d.client_id, personId: d.person_id, subject: activity.subject, ownerId: activity.ownerId }]
          : [],
      );
      return new MailActivitiesRepository(tx).insert(activity.typeId, rows);
    });
  }

  /** A temporary failure: queued again after `delaySeconds`; a permanent one: FAILED. */
  release(id: string, me: string, outcome: { failed: boolean; error: string; delaySeconds: number }) {
    return this.db.$executeRaw`UPDATE email_campaign_recipients
      SET state = ${outcome.failed ? 'FAILED' : 'QUEUED'}::"CampaignRecipientState", last_error = ${outcome.error},
        next_attempt_at = now() + make_interval(secs => ${outcome.delaySeconds}), locked_by = NULL, locked_until = NULL
      WHERE id = ${id}::uuid AND locked_by = ${me}`;
  }

  /**
   * SENDING → SENT once no recipient is queued or in flight, with its history entry carrying the outcome (sent,
   * failed, suppressed) in the same statement: of several senders finishing at once only the one whose guarded
   * UPDATE changed the row writes it (the others re-check `state = 'SENDING'` after its commit and change nothing).
   */
  async finish(campaignId: string) {
    const newId = await uuid7Sql(this.db);
    return this.db.$executeRaw`WITH done AS (
        UPDATE email_campaigns SET state = 'SENT', version = version + 1, updated_at = now()
        WHERE id = ${campaignId}::uuid AND state = 'SENDING' AND NOT EXISTS (
          SELECT 1 FROM email_campaign_recipients WHERE campaign_id = ${campaignId}::uuid
            AND state IN ('QUEUED', 'SENDING'))
        RETURNING id, coalesce(approved_by_id, created_by_id) AS user_id),
      counts AS (
        SELECT count(*) FILTER (WHERE state = 'SENT')::int AS sent,
          count(*) FILTER (WHERE state = 'FAILED')::int AS failed,
          count(*) FILTER (WHERE state = 'SUPPRESSED')::int AS suppressed
        FROM email_campaign_recipients WHERE campaign_id = ${campaignId}::uuid)
      INSERT INTO email_campaign_events (id, campaign_id, from_state, to_state, user_id, sent_count, failed_count,
          suppressed_count)
      SELECT ${newId}, done.id, 'SENDING', 'SENT', done.user_id, counts.sent, counts.failed, counts.suppressed
      FROM done, counts`;
  }

  /**
   * One-click unsubscribe: the address is suppressed, the person's marketing consent withdrawn (with date and
   * source), and the address's queued rows in every campaign suppressed. Unknown tokens change nothing.
   */
  unsubscribe(token: string) {
    return this.db.$transaction(async (tx) => {
      // A campaign recipient's token, or a rule mail's to a contact person (system-mail outbox).
      const [row] = await tx.$queryRaw<{ address: string; person_id: string }[]>`SELECT address, person_id::text
          FROM email_campaign_recipients WHERE unsubscribe_token = ${token}
        UNION ALL SELECT lower(to_address), person_id::text FROM system_mails
          WHERE unsubscribe_token = ${token} AND person_id IS NOT NULL`;
      if (!row) return false;
      await tx.$executeRaw`INSERT INTO email_suppressions (address, reason) VALUES (${row.address}, 'UNSUBSCRIBED')
        ON CONFLICT (address) DO NOTHING`;
      await tx.$executeRaw`UPDATE persons SET marketing_consent = false, consent_at = now(),
          consent_source = 'unsubscribe link', version = version + 1, updated_at = now()
        WHERE id = ${row.person_id}::uuid AND marketing_consent`;
      await tx.$executeRaw`UPDATE email_campaign_recipients SET state = 'SUPPRESSED'
        WHERE address = ${row.address} AND state = 'QUEUED'`;
      return true;
    });
  }
}
