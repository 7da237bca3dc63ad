// Database access for person imports: the clients a file's client key column names, the persons already at those
// clients (matched on e-mail or external id), and a batch's writes (new persons and links set-based).
import crypto from 'node:crypto';
import type { Db } from '../../db/prisma.ts';
import { Prisma } from '../../db/prisma.ts';
import { updateChangedSql, type ColumnMap } from './import-update.sql.ts';
import type { ClientKeyField } from './person-import-fields.ts';

type Tx = Prisma.TransactionClient;

export type MatchedPerson = {
  id: string;
  clientId: string;
  key: string;
  firstName: string;
  lastName: string;
  title: string | null;
  jobTitle: string | null;
  emails: string[];
  phones: string[];
  birthday: string | null;
  nameDay: string | null;
  marketingConsent: boolean;
  consentSource: string | null;
  externalId: string | null;
  attributes: Record<string, unknown>;
  role: string | null;
  isPrimary: boolean;
};

export type NewPerson = Record<string, unknown> & { id: string; firstName: string; lastName: string };
/** A matched person's changed columns (JSON names as below), its id and who changed it. */
export type PersonUpdate = Record<string, unknown> & { id: string; updatedById: string };

const PERSON_COLUMNS: ColumnMap = {
  firstName: ['first_name', 'text'],
  lastName: ['last_name', 'text'],
  title: ['title', 'text'],
  jobTitle: ['job_title', 'text'],
  emails: ['emails', 'text[]'],
  phones: ['phones', 'text[]'],
  birthday: ['birthday', 'date'],
  nameDay: ['name_day', 'text'],
  marketingConsent: ['marketing_consent', 'boolean'],
  consentAt: ['consent_at', 'timestamptz'],
  consentSource: ['consent_source', 'text'],
  externalId: ['external_id', 'text'],
  attributes: ['attributes', 'jsonb'],
};

export type PersonLink = { clientId: string; personId: string; role: string | null; isPrimary: boolean };

const CLIENT_COLUMN: Record<ClientKeyField, Prisma.Sql> = {
  clientTaxId: Prisma.sql`c.tax_id`,
  clientRegistrationNo: Prisma.sql`c.registration_no`,
  clientExternalId: Prisma.sql`c.external_id`,
  clientName: Prisma.sql`c.name`,
};

/** A UUIDv7 (millisecond clock, then random bits), so new rows can be linked in the same batch. */
export function newId(): string {
  const b = crypto.randomBytes(16);
  b.writeUIntBE(Date.now(), 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export class PersonImportRepository {
  constructor(private readonly db: Db) {}

  /** Live clients whose key column equals one of `values` (tax ids also without spaces or a country prefix). */
  async findClients(field: ClientKeyField, values: string[]): Promise<{ value: string; id: string }[]> {
    if (!values.length) return [];
    const column = CLIENT_COLUMN[field];
    const match =
      field === 'clientTaxId'
        ? Prisma.sql`${column} IN (v.value, regexp_replace(v.value, '\\s', '', 'g'),
            regexp_replace(v.value, '^[A-Za-z]{2}\\s?', ''))`
        : Prisma.sql`${column} = v.value`;
    return this.db.$queryRaw<{ value: string; id: string }[]>`
      SELECT v.value, c.id FROM unnest(${values}::text[]) AS v(value)
      JOIN clients c ON c.deleted_at IS NULL AND ${match}`;
  }

  /** Live persons linked to `clientIds[i]` whose e-mail (any) or external id is `keys[i]`. */
  matchPersons(matchKey: 'EMAIL' | 'EXTERNAL_ID', clientIds: string[], keys: string[]): Promise<MatchedPerson[]> {
    if (!keys.length) return Promise.resolve([]);
    // Candidates first: the persons holding one of the batch's keys (one probe with the whole key list), each with
    // its match key; then an equality join on (client, key). Joining every person of a big client to each key (or
    // a per-key containment test the planner ran as a filter) made a batch quadratic.
    const keyOf = matchKey === 'EMAIL' ? Prisma.sql`unnest(p.emails)` : Prisma.sql`p.external_id`;
    const holds =
      matchKey === 'EMAIL' ? Prisma.sql`p.emails && ${keys}::text[]` : Prisma.sql`p.external_id = ANY(${keys}::text[])`;
    return this.db.$queryRaw<MatchedPerson[]>`
      WITH c AS MATERIALIZED (
        SELECT p.*, ${keyOf} AS match_key, cp.client_id, cp.role, cp.is_primary
        FROM persons p JOIN client_persons cp ON cp.person_id = p.id AND cp.client_id = ANY(${clientIds}::uuid[])
        WHERE p.deleted_at IS NULL AND ${holds})
      SELECT DISTINCT ON (k.client_id, k.key) c.id, k.client_id AS "clientId", k.key, c.first_name AS "firstName",
        c.last_name AS "lastName", c.title, c.job_title AS "jobTitle", c.emails, c.phones,
        to_char(c.birthday, 'YYYY-MM-DD') AS birthday, c.name_day AS "nameDay", c.marketing_consent AS "marketingConsent",
        c.consent_source AS "consentSource", c.external_id AS "externalId", c.attributes, c.role,
        c.is_primary AS "isPrimary"
      FROM unnest(${clientIds}::uuid[], ${keys}::text[]) AS k(client_id, key)
      JOIN c ON c.client_id = k.client_id AND c.match_key = k.key
      ORDER BY k.client_id, k.key, c.id`;
  }
}

/** A batch's new persons and their client links (two statements), then changed persons and links. */
export async function writePersons(
  tx: Tx,
  batch: {
    creates: NewPerson[];
    links: PersonLink[];
    updates: PersonUpdate[];
    linkUpdates: PersonLink[];
  },
) {
  if (batch.creates.length)
    await tx.$executeRaw`
      INSERT INTO persons (id, first_name, last_name, title, job_title, emails, phones, birthday, name_day,
        marketing_consent, consent_at, consent_source, external_id, attributes, created_by_id, updated_by_id, updated_at)
      SELECT r.id, r."firstName", r."lastName", r.title, r."jobTitle", coalesce(r.emails, '{}'), coalesce(r.phones, '{}'),
        r.birthday, r."nameDay", coalesce(r."marketingConsent", false), r."consentAt", r."consentSource", r."externalId",
        coalesce(r.attributes, '{}'), r."createdById", r."createdById", now()
      FROM jsonb_to_recordset(${JSON.stringify(batch.creates)}::jsonb) AS r(id uuid, "firstName" text, "lastName" text,
        title text, "jobTitle" text, emails text[], phones text[], birthday date, "nameDay" text, "marketingConsent" boolean,
        "consentAt" timestamptz, "consentSource" text, "externalId" text, attributes jsonb, "createdById" uuid)`;
  if (batch.links.length)
    await tx.$executeRaw`
      INSERT INTO client_persons (client_id, person_id, role, is_primary)
      SELECT l."clientId", l."personId", l.role, l."isPrimary"
      FROM jsonb_to_recordset(${JSON.stringify(batch.links)}::jsonb)
        AS l("clientId" uuid, "personId" uuid, role text, "isPrimary" boolean)
      ON CONFLICT DO NOTHING`;
  if (batch.updates.length) await tx.$executeRaw(updateChangedSql('persons', PERSON_COLUMNS, batch.updates));
  if (batch.linkUpdates.length)
    await tx.$executeRaw`
      UPDATE client_persons cp SET role = l.role, is_primary = l."isPrimary"
      FROM jsonb_to_recordset(${JSON.stringify(batch.linkUpdates)}::jsonb)
        AS l("clientId" uuid, "personId" uuid, role text, "isPrimary" boolean)
      WHERE cp.client_id = l."clientId" AND cp.person_id = l."personId"`;
}
