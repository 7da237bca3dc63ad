// Finding likely duplicates: the same tax id, registration number, e-mail or phone, or a similar name (accents, case,
// punctuation and legal forms ignored: veza_match_name + pg_trgm) in the same city; for persons, a similar name at a
// shared client. Candidates come through indexes (btree, GIN on e-mails / phones, trigram GIN on names).
import type { Db } from '../../db/prisma.ts';
import { Prisma } from '../../db/prisma.ts';

const { sql } = Prisma;

export type Reason = 'TAX_ID' | 'REGISTRATION_NO' | 'EMAIL' | 'PHONE' | 'SIMILAR_NAME';
export type MatchRow = { id: string; score: number; reasons: Reason[] };
export type PairRow = { leftId: string; rightId: string; score: number; reasons: Reason[] };

/** A name similarity of at least this (0…1) counts as "similar". */
export const NAME_THRESHOLD = 0.6;

const nameScore = (a: Prisma.Sql, b: Prisma.Sql) => sql`GREATEST(
  similarity(veza_match_name(${a}), veza_match_name(${b})),
  word_similarity(veza_match_name(${a}), veza_match_name(${b})),
  word_similarity(veza_match_name(${b}), veza_match_name(${a})))`;

const sameCity = (a: Prisma.Sql, b: Prisma.Sql) =>
  sql`(${a} IS NULL OR ${b} IS NULL OR lower(unaccent(${a})) = lower(unaccent(${b})))`;

/** Reasons and score for a client `b` against the values `a` (columns or parameters). */
function clientVerdict(a: Record<'name' | 'city' | 'taxId' | 'regNo' | 'emails' | 'phones', Prisma.Sql>) {
  return sql`
    SELECT array_remove(ARRAY[
        CASE WHEN b.tax_id = ${a.taxId} THEN 'TAX_ID' END,
        CASE WHEN b.registration_no = ${a.regNo} THEN 'REGISTRATION_NO' END,
        CASE WHEN b.emails && ${a.emails} THEN 'EMAIL' END,
        CASE WHEN b.phones && ${a.phones} THEN 'PHONE' END,
        CASE WHEN n.s >= ${NAME_THRESHOLD} AND ${sameCity(sql`b.city`, a.city)} THEN 'SIMILAR_NAME' END], NULL) AS reasons,
      n.s AS name_score
    FROM (SELECT ${nameScore(sql`b.name`, a.name)} AS s) n`;
}

const clientCandidates = (a: Record<'name' | 'taxId' | 'regNo' | 'emails' | 'phones', Prisma.Sql>) => sql`(
  b.tax_id = ${a.taxId} OR b.registration_no = ${a.regNo} OR b.emails && ${a.emails} OR b.phones && ${a.phones}
  OR b.name % ${a.name})`;

const scoreOf = sql`GREATEST(
  CASE WHEN 'TAX_ID' = ANY(v.reasons) OR 'REGISTRATION_NO' = ANY(v.reasons) THEN 1 ELSE 0 END,
  CASE WHEN 'EMAIL' = ANY(v.reasons) THEN 0.9 ELSE 0 END,
  CASE WHEN 'PHONE' = ANY(v.reasons) THEN 0.8 ELSE 0 END,
  CASE WHEN 'SIMILAR_NAME' = ANY(v.reasons) THEN v.name_score ELSE 0 END)::float8`;

export type ClientProbe = {
  name: string;
  city: string | null;
  taxId: string | null;
  registrationNo: string | null;
  emails: string[];
  phones: string[];
  excludeId: string | null;
};

export type PairPage = { pairs: PairRow[]; lastId: string | null; more: boolean };

function pairPage(rows: (PairRow & { lastId: string | null; scanned: number })[], scan: number): PairPage {
  const last = rows.at(-1);
  const pairs = rows
    .filter((r) => r.leftId)
    .map(({ leftId, rightId, score, reasons }) => ({ leftId, rightId, score, reasons }));
  return { pairs, lastId: last?.lastId ?? null, more: (last?.scanned ?? 0) >= scan };
}

export class DuplicatesRepository {
  constructor(private readonly db: Db) {}

  /** Live clients that look like the record being created or edited, best first. */
  clientMatches(p: ClientProbe, limit: number): Promise<MatchRow[]> {
    const a = {
      name: sql`${p.name}::text`,
      city: sql`${p.city}::text`,
      taxId: sql`${p.taxId}::text`,
      regNo: sql`${p.registrationNo}::text`,
      emails: sql`${p.emails}::text[]`,
      phones: sql`${p.phones}::text[]`,
    };
    return this.db.$queryRaw<MatchRow[]>`
      SELECT b.id, ${scoreOf} AS score, v.reasons
      FROM clients b CROSS JOIN LATERAL (${clientVerdict(a)}) v
      WHERE b.deleted_at IS NULL AND b.id IS DISTINCT FROM ${p.excludeId}::uuid AND ${clientCandidates(a)}
        AND cardinality(v.reasons) > 0
      ORDER BY score DESC, b.id LIMIT ${limit}`;
  }

  /**
   * Candidate pairs among live clients, scanning at most `scan` clients after `afterId` (bounded work per page);
   * returns the pairs and the last client scanned, where the next page continues.
   */
  async clientPairs(afterId: string | null, scan: number): Promise<PairPage> {
    const a = {
      name: sql`a.name`,
      city: sql`a.city`,
      taxId: sql`a.tax_id`,
      regNo: sql`a.registration_no`,
      emails: sql`a.emails`,
      phones: sql`a.phones`,
    };
    const rows = await this.db.$queryRaw<(PairRow & { lastId: string | null; scanned: number })[]>`
      WITH scanned AS (
        SELECT a.* FROM clients a WHERE a.deleted_at IS NULL AND a.id > COALESCE(${afterId}::uuid, '00000000-0000-0000-0000-000000000000')
        ORDER BY a.id LIMIT ${scan})
      SELECT a.id AS "leftId", b.id AS "rightId", ${scoreOf} AS score, v.reasons, (SELECT id::text FROM scanned ORDER BY id DESC LIMIT 1) AS "lastId",
        (SELECT count(*) FROM scanned)::int AS "scanned"
      FROM scanned a
      JOIN clients b ON b.deleted_at IS NULL AND b.id > a.id AND ${clientCandidates(a)}
      CROSS JOIN LATERAL (${clientVerdict(a)}) v
      WHERE cardinality(v.reasons) > 0
      UNION ALL SELECT NULL, NULL, NULL, NULL, (SELECT id::text FROM scanned ORDER BY id DESC LIMIT 1), (SELECT count(*) FROM scanned)::int
      ORDER BY 1 NULLS LAST, 2`;
    return pairPage(rows, scan);
  }

  personMatches(
    p: {
      firstName: string;
      lastName: string;
      emails: string[];
      phones: string[];
      clientIds: string[];
      excludeId: string | null;
    },
    limit: number,
  ) {
    return this.db.$queryRaw<MatchRow[]>`
      SELECT b.id, ${scoreOf} AS score, v.reasons
      FROM persons b CROSS JOIN LATERAL (${personVerdict(sql`${p.firstName}::text || ' ' || ${p.lastName}::text`, sql`${p.emails}::text[]`, sql`${p.phones}::text[]`, sql`${p.clientIds}::uuid[]`)}) v
      WHERE b.deleted_at IS NULL AND b.id IS DISTINCT FROM ${p.excludeId}::uuid
        AND (b.emails && ${p.emails}::text[] OR b.phones && ${p.phones}::text[] OR b.last_name % ${p.lastName})
        AND cardinality(v.reasons) > 0
      ORDER BY score DESC, b.id LIMIT ${limit}`;
  }

  async personPairs(afterId: string | null, scan: number): Promise<PairPage> {
    const clientsOfA = sql`ARRAY(SELECT cp.client_id FROM client_persons cp WHERE cp.person_id = a.id)`;
    const rows = await this.db.$queryRaw<(PairRow & { lastId: string | null; scanned: number })[]>`
      WITH scanned AS (
        SELECT a.* FROM persons a WHERE a.deleted_at IS NULL AND a.id > COALESCE(${afterId}::uuid, '00000000-0000-0000-0000-000000000000')
        ORDER BY a.id LIMIT ${scan})
      SELECT a.id AS "leftId", b.id AS "rightId", ${scoreOf} AS score, v.reasons, (SELECT id::text FROM scanned ORDER BY id DESC LIMIT 1) AS "lastId",
        (SELECT count(*) FROM scanned)::int AS "scanned"
      FROM scanned a
      JOIN persons b ON b.deleted_at IS NULL AND b.id > a.id
        AND (b.emails && a.emails OR b.phones && a.phones OR b.last_name % a.last_name)
      CROSS JOIN LATERAL (${personVerdict(sql`a.first_name || ' ' || a.last_name`, sql`a.emails`, sql`a.phones`, clientsOfA)}) v
      WHERE cardinality(v.reasons) > 0
      UNION ALL SELECT NULL, NULL, NULL, NULL, (SELECT id::text FROM scanned ORDER BY id DESC LIMIT 1), (SELECT count(*) FROM scanned)::int
      ORDER BY 1 NULLS LAST, 2`;
    return pairPage(rows, scan);
  }
}

/** Persons: shared e-mail or phone; a similar full name counts only at a shared client. */
function personVerdict(fullName: Prisma.Sql, emails: Prisma.Sql, phones: Prisma.Sql, clientIds: Prisma.Sql) {
  return sql`
    SELECT array_remove(ARRAY[
        CASE WHEN b.emails && ${emails} THEN 'EMAIL' END,
        CASE WHEN b.phones && ${phones} THEN 'PHONE' END,
        CASE WHEN n.s >= 0.8 AND EXISTS (SELECT 1 FROM client_persons cp WHERE cp.person_id = b.id
          AND cp.client_id = ANY(${clientIds})) THEN 'SIMILAR_NAME' END], NULL) AS reasons,
      n.s AS name_score
    FROM (SELECT ${nameScore(sql`b.first_name || ' ' || b.last_name`, fullName)} AS s) n`;
}
