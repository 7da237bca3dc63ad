// Database access for a mailing group's members: keyset pages, members by a client filter (added now or kept on the
// group), removal, and the set-based join of an uploaded file's e-mail column with persons' addresses.
import { Prisma, type Db } from '../../db/prisma.ts';

export type MemberRow = {
  personId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  clientName: string | null;
  marketingConsent: boolean;
  addedAt: Date;
};

export type FilterCounts = { added: number; already: number; no_address: number; no_consent: number };

/** One row of an import chunk that was not added, and why (`already` = consenting person already a member). */
export type ImportRowOutcome = { row_no: number; outcome: 'ADDED' | 'ALREADY' | 'UNMATCHED' | 'NO_CONSENT' };

export class MailingGroupMembersRepository {
  constructor(private readonly db: Db) {}

  /** A page of members in person id order (the primary key's order), after `afterPersonId`. */
  page(groupId: string, afterPersonId: string | null, limit: number) {
    const after = afterPersonId ? Prisma.sql`AND m.person_id > ${afterPersonId}::uuid` : Prisma.empty;
    return this.db.$queryRaw<MemberRow[]>`
      SELECT p.id AS "personId", p.first_name AS "firstName", p.last_name AS "lastName", p.emails[1] AS email,
        (SELECT c.name FROM client_persons cp JOIN clients c ON c.id = cp.client_id
          WHERE cp.person_id = p.id ORDER BY cp.is_primary DESC LIMIT 1) AS "clientName",
        p.marketing_consent AS "marketingConsent", m.added_at AS "addedAt"
      FROM mailing_group_members m JOIN persons p ON p.id = m.person_id
      WHERE m.group_id = ${groupId}::uuid ${after}
      ORDER BY m.person_id LIMIT ${limit}`;
  }

  async count(groupId: string) {
    const [row] = await this.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM mailing_group_members WHERE group_id = ${groupId}::uuid`;
    return row!.n;
  }

  /**
   * The live persons of the clients matching `where` (a compiled client filter over `c`): with `insert`, the
   * consenting ones with an address are added (one statement); the counts say what was (or would be) added.
   */
  async byFilter(groupId: string, where: Prisma.Sql, addedById: string, insert: boolean) {
    const [row] = await this.db.$queryRaw<FilterCounts[]>`
      WITH wanted AS (
        SELECT DISTINCT p.id, cardinality(p.emails) > 0 AS has_address, p.marketing_consent AS consent,
          EXISTS (SELECT 1 FROM mailing_group_members m WHERE m.group_id = ${groupId}::uuid AND m.person_id = p.id)
            AS member
        FROM clients c JOIN client_persons cp ON cp.client_id = c.id
        JOIN persons p ON p.id = cp.person_id AND p.deleted_at IS NULL
        WHERE ${where}),
      added AS (
        INSERT INTO mailing_group_members (group_id, person_id, added_by_id)
        SELECT ${groupId}::uuid, id, ${addedById}::uuid FROM wanted
        WHERE ${insert} AND has_address AND consent AND NOT member
        ON CONFLICT DO NOTHING RETURNING 1)
      SELECT CASE WHEN ${insert} THEN (SELECT count(*)::int FROM added)
          ELSE count(*) FILTER (WHERE has_address AND consent AND NOT member)::int END AS added,
        count(*) FILTER (WHERE member)::int AS already,
        count(*) FILTER (WHERE NOT member AND NOT has_address)::int AS no_address,
        count(*) FILTER (WHERE NOT member AND has_address AND NOT consent)::int AS no_consent
      FROM wanted`;
    return row!;
  }

  setFilter(groupId: string, filter: Prisma.InputJsonValue | null) {
    return this.db.mailingGroup.update({
      where: { id: groupId },
      data: { filter: filter ?? Prisma.DbNull, filterAt: filter ? new Date() : null, version: { increment: 1 } },
    });
  }

  remove(groupId: string, personIds: string[]) {
    return this.db.mailingGroupMember.deleteMany({ where: { groupId, personId: { in: personIds } } });
  }

  /**
   * One chunk of an import: each row's address is looked up among the live persons' addresses (stored lower case;
   * the GIN index on persons.emails), consenting persons are added, and every row gets its outcome.
   */
  importChunk(groupId: string, rows: { rowNo: number; email: string }[], addedById: string) {
    return this.db.$queryRaw<ImportRowOutcome[]>`
      WITH input AS (
        SELECT * FROM unnest(${rows.map((r) => r.rowNo)}::int[], ${rows.map((r) => r.email)}::text[])
          AS i(row_no, email)),
      matched AS (
        SELECT i.row_no, p.id, p.marketing_consent AS consent,
          EXISTS (SELECT 1 FROM mailing_group_members m WHERE m.group_id = ${groupId}::uuid AND m.person_id = p.id)
            AS member
        FROM input i LEFT JOIN persons p ON p.emails @> ARRAY[i.email] AND p.deleted_at IS NULL),
      added AS (
        INSERT INTO mailing_group_members (group_id, person_id, added_by_id)
        SELECT DISTINCT ${groupId}::uuid, id, ${addedById}::uuid FROM matched WHERE consent AND NOT member
        ON CONFLICT DO NOTHING RETURNING person_id)
      SELECT row_no, CASE
          WHEN bool_and(id IS NULL) THEN 'UNMATCHED'
          WHEN NOT bool_or(consent) THEN 'NO_CONSENT'
          WHEN bool_or(id IN (SELECT person_id FROM added)) THEN 'ADDED'
          ELSE 'ALREADY' END AS outcome
      FROM matched GROUP BY row_no ORDER BY row_no`;
  }

  /** The uploaded file `fileId` when `userId` uploaded it. */
  ownFile(fileId: string, userId: string) {
    return this.db.storedFile.findFirst({ where: { id: fileId, uploadedById: userId } });
  }
}
