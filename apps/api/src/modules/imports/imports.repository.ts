// Database access for imports: jobs and their counters, the per-row issues, saved mappings, and the client rows an
// import matches and writes (set-based per batch).
import type { Db } from '../../db/prisma.ts';
import { Prisma, createPrisma } from '../../db/prisma.ts';
import { updateChangedSql, type ColumnMap } from './import-update.sql.ts';

/** The import worker thread's own client: a small pool (a batch's write overlaps the next batch's match). */
export const openImportDb = (databaseUrl: string): Db => createPrisma(databaseUrl, { poolMax: 3 });

export type ImportJobRow = Prisma.ImportJobGetPayload<object>;
export type IssueRow = { rowNo: number; field: string; message: string; value: string | null };
/** A hand-mapped file value as stored (job options, saved mappings): raw dictionary value id, or create. */
export type StoredValueMapping = { field: string; value: string; dictionaryValueId: string | null; create: boolean };
export type Counts = { created: number; updated: number; unchanged: number; invalid: number };
type Tx = Prisma.TransactionClient;

export type MatchedClient = {
  id: string;
  key: string;
  name: string;
  kind: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  taxId: string | null;
  registrationNo: string | null;
  emails: string[];
  phones: string[];
  website: string | null;
  statusId: string | null;
  segmentId: string | null;
  industryId: string | null;
  leadSourceId: string | null;
  externalId: string | null;
  attributes: Record<string, unknown>;
};

const KEY_COLUMN = {
  TAX_ID: Prisma.sql`c.tax_id`,
  REGISTRATION_NO: Prisma.sql`c.registration_no`,
  EXTERNAL_ID: Prisma.sql`c.external_id`,
} as const;

export class ImportsRepository {
  constructor(private readonly db: Db) {}

  createJob(data: { fileId: string; entity: string; options: object; dryRun: boolean; createdById: string }) {
    return this.db.importJob.create({ data: { ...data, options: data.options as Prisma.InputJsonValue } });
  }

  findJob(id: string): Promise<ImportJobRow | null> {
    return this.db.importJob.findUnique({ where: { id } });
  }

  updateJob(id: string, data: Prisma.ImportJobUpdateInput) {
    return this.db.importJob.update({ where: { id }, data });
  }

  /** Cancel only what has not finished; false when the job already ended. */
  async requestCancel(id: string) {
    const { count } = await this.db.importJob.updateMany({
      where: { id, state: { in: ['QUEUED', 'RUNNING'] } },
      data: { cancelRequested: true },
    });
    return count === 1;
  }

  issues(jobId: string, limit: number): Promise<IssueRow[]> {
    return this.db.importIssue.findMany({
      where: { jobId },
      orderBy: [{ rowNo: 'asc' }, { field: 'asc' }],
      take: limit,
      select: { rowNo: true, field: true, message: true, value: true },
    });
  }

  async *issueBatches(jobId: string, size = 5000) {
    let after = -1;
    for (;;) {
      const rows = await this.db.importIssue.findMany({
        where: { jobId, rowNo: { gt: after } },
        orderBy: [{ rowNo: 'asc' }, { field: 'asc' }],
        take: size,
        select: { rowNo: true, field: true, message: true, value: true },
      });
      // A row's issues never straddle two batches: drop the last row's and read it again next time.
      const lastRow = rows.at(-1)?.rowNo;
      const complete = rows.length < size ? rows : rows.filter((r) => r.rowNo !== lastRow);
      if (complete.length) yield complete;
      if (rows.length < size) return;
      after = complete.length ? complete.at(-1)!.rowNo : lastRow!;
    }
  }

  /** Active client (or person) attributes with their labels (header recognition). */
  async attributeLabels(entity: 'CLIENT' | 'PERSON') {
    const rows = await this.db.attributeDefinition.findMany({
      where: { entity, active: true },
      select: { key: true, labels: true },
    });
    return rows.map((r) => ({ key: r.key, labels: (r.labels ?? {}) as Record<string, string> }));
  }

  mappings(ownerId: string, entity: string) {
    return this.db.importMapping.findMany({ where: { ownerId, entity }, orderBy: { name: 'asc' }, take: 100 });
  }

  saveMapping(ownerId: string, entity: string, name: string, mapping: object, valueMapping: StoredValueMapping[]) {
    const data = { mapping: mapping as Prisma.InputJsonValue, valueMapping: valueMapping as Prisma.InputJsonValue };
    return this.db.importMapping.upsert({
      where: { ownerId_entity_name: { ownerId, entity, name } },
      create: { ownerId, entity, name, ...data },
      update: data,
    });
  }

  /** The kind of each of `ids` that is an active dictionary value. */
  async activeDictionaryKinds(ids: string[]) {
    const rows = await this.db.dictionaryValue.findMany({
      where: { id: { in: ids }, active: true },
      select: { id: true, kind: true },
    });
    return new Map(rows.map((r) => [r.id, r.kind as string]));
  }

  /**
   * A job's dictionary values that matched nothing, grouped in the database: per column the `cap` most frequent
   * distinct values with their row counts, and how many distinct ones there are.
   */
  unmatchedValues(jobId: string, cap: number) {
    return this.db.$queryRaw<{ field: string; value: string; rows: number; distinct: number }[]>`
      WITH g AS (
        SELECT field, value, count(*)::int AS rows FROM import_issues
        WHERE job_id = ${jobId}::uuid AND message = 'imports.unknownDictionaryValue' AND value IS NOT NULL
        GROUP BY field, value),
      r AS (
        SELECT g.*, row_number() OVER (PARTITION BY field ORDER BY rows DESC, value COLLATE "C") AS n,
          (count(*) OVER (PARTITION BY field))::int AS total
        FROM g)
      SELECT field, value, rows, total AS "distinct" FROM r WHERE n <= ${cap} ORDER BY field, n`;
  }

  /** Live clients whose matching key is one of `keys` (e-mail: any of the client's addresses). */
  async matchClients(matchKey: string, keys: string[]): Promise<MatchedClient[]> {
    if (!keys.length) return [];
    const key =
      matchKey === 'EMAIL'
        ? Prisma.sql`(SELECT e FROM unnest(c.emails) e WHERE e = ANY(${keys}::text[]) LIMIT 1)`
        : KEY_COLUMN[matchKey as keyof typeof KEY_COLUMN];
    const where =
      matchKey === 'EMAIL' ? Prisma.sql`c.emails && ${keys}::text[]` : Prisma.sql`${key} = ANY(${keys}::text[])`;
    return this.db.$queryRaw<MatchedClient[]>`
      SELECT c.id, ${key} AS key, c.name, c.kind::text AS kind, c.street, c.postal_code AS "postalCode", c.city,
        c.country, c.tax_id AS "taxId", c.registration_no AS "registrationNo", c.emails, c.phones, c.website,
        c.status_id AS "statusId", c.segment_id AS "segmentId", c.industry_id AS "industryId",
        c.lead_source_id AS "leadSourceId", c.external_id AS "externalId", c.attributes
      FROM clients c WHERE c.deleted_at IS NULL AND ${where}`;
  }

  /** The creator's language and the file's name, for the "import finished" notification. */
  async noticeContext(job: ImportJobRow) {
    const [user, file] = await Promise.all([
      this.db.user.findUnique({ where: { id: job.createdById }, select: { locale: true } }),
      this.db.storedFile.findUnique({ where: { id: job.fileId }, select: { originalName: true } }),
    ]);
    return { locale: user?.locale ?? 'en', fileName: file?.originalName ?? '' };
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>) {
    return this.db.$transaction(fn, { timeout: 120_000 });
  }
}

/**
 * New clients of a batch in one statement (Prisma's createMany built 1 000-row statements slowly): rows travel as one
 * JSON array; ids are UUIDv7 made in SQL from the clock.
 */
async function insertClients(tx: Tx, rows: Prisma.ClientCreateManyInput[]) {
  const json = JSON.stringify(
    rows.map((r) => ({
      ...r,
      roles: r.roles ?? [],
      emails: r.emails ?? [],
      phones: r.phones ?? [],
      attributes: r.attributes ?? {},
    })),
  );
  await tx.$executeRaw`
    INSERT INTO clients (id, kind, name, street, postal_code, city, country, tax_id, registration_no, emails, phones,
      website, status_id, segment_id, industry_id, lead_source_id, external_id, attributes, created_by_id, updated_by_id,
      updated_at)
    SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING
        substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1),
        'hex')::uuid,
      r."kind"::"ClientKind", r."name", r."street", r."postalCode", r."city", r."country", r."taxId", r."registrationNo",
      r."emails", r."phones", r."website", r."statusId", r."segmentId", r."industryId", r."leadSourceId", r."externalId",
      r."attributes", r."createdById", r."updatedById", now()
    FROM jsonb_to_recordset(${json}::jsonb) AS r("kind" text, "name" text, "street" text, "postalCode" text, "city" text,
      "country" text, "taxId" text, "registrationNo" text, "emails" text[], "phones" text[], "website" text,
      "statusId" uuid, "segmentId" uuid, "industryId" uuid, "leadSourceId" uuid, "externalId" text, "attributes" jsonb,
      "createdById" uuid, "updatedById" uuid)`;
}

/** A matched client's changed columns (JSON names as below), its id and who changed it. */
export type ClientUpdate = Record<string, unknown> & { id: string; updatedById: string };

const CLIENT_COLUMNS: ColumnMap = {
  name: ['name', 'text'],
  kind: ['kind', '"ClientKind"'],
  street: ['street', 'text'],
  postalCode: ['postal_code', 'text'],
  city: ['city', 'text'],
  country: ['country', 'text'],
  taxId: ['tax_id', 'text'],
  registrationNo: ['registration_no', 'text'],
  emails: ['emails', 'text[]'],
  phones: ['phones', 'text[]'],
  website: ['website', 'text'],
  statusId: ['status_id', 'uuid'],
  segmentId: ['segment_id', 'uuid'],
  industryId: ['industry_id', 'uuid'],
  leadSourceId: ['lead_source_id', 'uuid'],
  externalId: ['external_id', 'text'],
  attributes: ['attributes', 'jsonb'],
};

/** A batch's new clients and its changed clients, one statement each. */
export async function writeClients(tx: Tx, creates: Prisma.ClientCreateManyInput[], updates: ClientUpdate[]) {
  if (creates.length) await insertClients(tx, creates);
  if (updates.length) await tx.$executeRaw(updateChangedSql('clients', CLIENT_COLUMNS, updates));
}

/** Writes one batch: its records (unless a dry run), its issues and the job's counters, in one transaction. */
export async function writeBatch(
  tx: Tx,
  job: { id: string; write: boolean },
  batch: { write: (tx: Tx) => Promise<void>; issues: IssueRow[]; counts: Counts; processed: number },
) {
  if (job.write) await batch.write(tx);
  if (batch.issues.length)
    await tx.importIssue.createMany({
      data: batch.issues.map((i) => ({ ...i, jobId: job.id })),
      skipDuplicates: true,
    });
  await tx.importJob.update({
    where: { id: job.id },
    data: {
      processed: { increment: batch.processed },
      created: { increment: batch.counts.created },
      updated: { increment: batch.counts.updated },
      unchanged: { increment: batch.counts.unchanged },
      invalid: { increment: batch.counts.invalid },
    },
  });
}

type DictionaryKind = Prisma.DictionaryValueCreateInput['kind'];

export async function createDictionaryValue(db: Db, kind: DictionaryKind, key: string, label: string) {
  const labels = { en: label, pl: label, hr: label, cs: label };
  const row = await db.dictionaryValue.upsert({
    where: { kind_key: { kind, key } },
    create: { kind, key, labels, position: 1000 },
    update: {},
    select: { id: true },
  });
  return row.id;
}
