// The GDPR erasure, set-based inside the caller's transaction: personal rows deleted, activities and mail rows kept
// without the person, addresses kept only as SHA-256 suppression hashes, file bytes queued for removal after commit.
import type { Db, Prisma } from '../../db/prisma.ts';

type Tx = Db | Prisma.TransactionClient;
const ERASED = '[erased]';

export class GdprEraseRepository {
  constructor(private readonly db: Tx) {}

  /** Locks the person; null when unknown or merged away (erased persons no longer exist). */
  async lock(id: string) {
    const [row] = await this.db.$queryRaw<{ id: string; first_name: string; last_name: string; emails: string[] }[]>`
      SELECT id::text, first_name, last_name, emails FROM persons
      WHERE id = ${id}::uuid AND merged_into_id IS NULL FOR UPDATE`;
    return row ?? null;
  }

  /** The person and the persons merged into it, with every address stored for them anywhere. */
  async scope(id: string) {
    const rows = await this.db.$queryRaw<{ ids: string[]; names: string[]; addresses: string[] }[]>`
      WITH p AS (SELECT id, first_name, last_name, emails FROM persons WHERE id = ${id}::uuid OR merged_into_id = ${id}::uuid)
      SELECT (SELECT array_agg(id::text) FROM p) AS ids,
        (SELECT array_agg(DISTINCT n) FROM p, LATERAL (VALUES (trim(first_name || ' ' || last_name)),
          (trim(last_name || ' ' || first_name))) v(n) WHERE length(n) > 2) AS names,
        (SELECT array_agg(DISTINCT lower(trim(a))) FROM (
          SELECT unnest(emails) AS a FROM p
          UNION SELECT address FROM email_campaign_recipients WHERE person_id IN (SELECT id FROM p)
          UNION SELECT to_address FROM email_messages WHERE person_id IN (SELECT id FROM p)
          UNION SELECT to_address FROM system_mails WHERE person_id IN (SELECT id FROM p)) x WHERE a <> '') AS addresses`;
    const r = rows[0]!;
    return { ids: r.ids, names: r.names ?? [], addresses: r.addresses ?? [] };
  }

  /** The activities the persons are the contact of or take part in (their audit entries are scrubbed too). */
  async activityIds(ids: string[]): Promise<string[]> {
    const rows = await this.db.$queryRaw<{ id: string }[]>`SELECT a.id::text FROM activities a
      WHERE a.contact_person_id = ANY (${ids}::uuid[]) OR EXISTS (
        SELECT 1 FROM activity_participants ap WHERE ap.activity_id = a.id AND ap.person_id = ANY (${ids}::uuid[]))`;
    return rows.map((r) => r.id);
  }

  /** The regular expression that finds the persons' names and addresses in free text (null: nothing to find). */
  static pattern(texts: string[]): string | null {
    return texts.length ? texts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') : null;
  }

  /** Activities stay: the person's names and addresses are replaced in subject and note; links go with the row. */
  anonymiseActivities(ids: string[], texts: string[]) {
    const pattern = GdprEraseRepository.pattern(texts);
    return this.db.$executeRaw`UPDATE activities a SET
        subject = left(regexp_replace(a.subject, ${pattern}, ${ERASED}, 'gi'), 250),
        note = regexp_replace(a.note, ${pattern}, ${ERASED}, 'gi'),
        contact_person_id = NULL, version = a.version + 1, updated_at = now()
      WHERE ${pattern}::text IS NOT NULL AND (a.contact_person_id = ANY (${ids}::uuid[]) OR EXISTS (
        SELECT 1 FROM activity_participants ap WHERE ap.activity_id = a.id AND ap.person_id = ANY (${ids}::uuid[])))`;
  }

  deleteNotes(ids: string[]) {
    return this.db.$executeRaw`DELETE FROM notes WHERE owner_type = 'Person' AND owner_id = ANY (${ids}::uuid[])`;
  }

  /** Attachment rows and their stored files no other attachment uses; bytes no stored file names are queued. */
  async deleteAttachments(ids: string[]) {
    const [row] = await this.db.$queryRaw<{ attachments: number; purged: number }[]>`
      WITH gone AS (DELETE FROM attachments WHERE owner_type = 'Person' AND owner_id = ANY (${ids}::uuid[])
        RETURNING file_id),
      files AS (DELETE FROM stored_files f WHERE f.id IN (SELECT file_id FROM gone)
        AND NOT EXISTS (SELECT 1 FROM attachments o WHERE o.file_id = f.id AND o.id NOT IN (
          SELECT a.id FROM attachments a WHERE a.owner_type = 'Person' AND a.owner_id = ANY (${ids}::uuid[])))
        RETURNING f.id, f.sha256),
      purge AS (INSERT INTO gdpr_file_purges (sha256) SELECT DISTINCT sha256 FROM files
        WHERE NOT EXISTS (SELECT 1 FROM stored_files s WHERE s.sha256 = files.sha256 AND s.id NOT IN (SELECT id FROM files))
        ON CONFLICT DO NOTHING RETURNING sha256)
      SELECT (SELECT count(*)::int FROM gone) AS attachments, (SELECT count(*)::int FROM purge) AS purged`;
    return row!;
  }

  deleteMemberships(ids: string[]) {
    return this.db.$executeRaw`DELETE FROM mailing_group_members WHERE person_id = ANY (${ids}::uuid[])`;
  }

  /** Sent mail keeps its row (counts, history) without address or content; queued campaign and rule mails are not sent. */
  async anonymiseMail(ids: string[]) {
    const messages = await this.db.$executeRaw`UPDATE email_messages SET to_address = ${ERASED}, subject = ${ERASED},
        html = '', text = '', person_id = NULL WHERE person_id = ANY (${ids}::uuid[])`;
    const recipients = await this.db.$executeRaw`UPDATE email_campaign_recipients
      SET address = 'erased-' || id::text || '@invalid', last_error = NULL,
        state = CASE WHEN state IN ('QUEUED', 'SENDING') THEN 'SUPPRESSED' ELSE state END
      WHERE person_id = ANY (${ids}::uuid[])`;
    // Rule mails to the person (system outbox): kept for the rule's once-only bookkeeping without address, text or
    // unsubscribe token; one still waiting is never sent.
    const systemMails = await this.db.$executeRaw`UPDATE system_mails
      SET to_address = 'erased-' || id::text || '@invalid', subject = ${ERASED}, html = '', person_id = NULL,
        unsubscribe_token = NULL, error = CASE WHEN state = 'PENDING' THEN 'erased (GDPR)' ELSE error END,
        state = CASE WHEN state = 'PENDING' THEN 'FAILED'::"NotificationEmailState" ELSE state END
      WHERE person_id = ANY (${ids}::uuid[])`;
    return { messages: messages + systemMails, recipients };
  }

  /** Plain suppressions of these addresses become hashes (sha256 of the trimmed, lower-cased address). */
  async suppressHashes(addresses: string[]) {
    await this.db.$executeRaw`DELETE FROM email_suppressions WHERE lower(address) = ANY (${addresses}::text[])`;
    return this.db.$executeRaw`INSERT INTO email_suppression_hashes (hash, reason)
      SELECT encode(sha256(convert_to(a, 'UTF8')), 'hex'), 'ERASED' FROM unnest(${addresses}::text[]) a
      ON CONFLICT (hash) DO NOTHING`;
  }

  /** The person rows (links, relations, participations and opportunity roles go by their foreign keys). */
  deletePersons(ids: string[]) {
    return this.db.$executeRaw`DELETE FROM persons WHERE id = ANY (${ids}::uuid[])`;
  }

  record(personId: string, erasedById: string, removed: Record<string, number>) {
    return this.db.gdprErasure.create({ data: { personId, erasedById, removed } });
  }

  pendingPurges() {
    return this.db.gdprFilePurge.findMany({ select: { sha256: true }, take: 1000 });
  }

  /** Drops the purge row unless the bytes were uploaded again meanwhile (then they stay). */
  async purgeDone(sha256: string) {
    await this.db.gdprFilePurge.delete({ where: { sha256 } }).catch(() => undefined);
  }

  async stillStored(sha256: string) {
    return (await this.db.storedFile.count({ where: { sha256 } })) > 0;
  }
}
