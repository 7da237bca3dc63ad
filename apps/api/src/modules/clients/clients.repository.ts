// Database access for clients: keyset list queries with compiled filters, counts, and optimistic writes.
import { Prisma, type Db } from '../../db/prisma.ts';
import { readRows } from '../../db/read-path.ts';
import type { UserRow } from '../users/index.ts';
import { scopeWhere, type ScopedViewer } from '../visibility/index.ts';
import { joins, keysetCondition, orderByClause, sortSelect, type sortKeys } from './client-sort.sql.ts';

type Sql = Prisma.Sql;
const { sql, raw } = Prisma;

export type ClientRow = {
  id: string;
  kind: 'LEGAL' | 'NATURAL';
  roles: ('CUSTOMER' | 'PROSPECT' | 'SUPPLIER' | 'PARTNER')[];
  name: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  taxId: string | null;
  registrationNo: string | null;
  phones: string[];
  emails: string[];
  website: string | null;
  statusId: string | null;
  segmentId: string | null;
  industryId: string | null;
  leadSourceId: string | null;
  accountManagerId: string | null;
  attributes: Record<string, unknown>;
  lastContactAt: Date | null;
  createdById: string | null;
  updatedById: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  deletedAt: Date | null;
  mergedIntoId: string | null;
};

/** A client linked from another record, with whether the viewer may read it. */
export type LinkedClientRow = ClientRow & { readable: boolean };

/** The columns of ClientRow for Prisma's own queries (create returns them from its INSERT … RETURNING). */
const ROW_SELECT = {
  id: true,
  kind: true,
  roles: true,
  name: true,
  street: true,
  postalCode: true,
  city: true,
  country: true,
  taxId: true,
  registrationNo: true,
  phones: true,
  emails: true,
  website: true,
  statusId: true,
  segmentId: true,
  industryId: true,
  leadSourceId: true,
  accountManagerId: true,
  mergedIntoId: true,
  attributes: true,
  lastContactAt: true,
  createdById: true,
  updatedById: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  deletedAt: true,
} as const;

// Column list for raw queries, aliased to the same camelCase shape Prisma returns.
const COLUMNS =
  raw(`c.id, c.kind::text AS kind, c.roles::text[] AS roles, c.name, c.street, c.postal_code AS "postalCode",
  c.city, c.country, c.tax_id AS "taxId", c.registration_no AS "registrationNo", c.phones, c.emails, c.website,
  c.status_id AS "statusId", c.segment_id AS "segmentId", c.industry_id AS "industryId",
  c.lead_source_id AS "leadSourceId", c.account_manager_id AS "accountManagerId", c.attributes,
  c.last_contact_at AS "lastContactAt", c.created_by_id AS "createdById", c.updated_by_id AS "updatedById",
  c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.version, c.deleted_at AS "deletedAt",
  c.merged_into_id AS "mergedIntoId"`);

/** The account manager with the columns of the users module's `userSelect`, as JSON (timestamps as text). */
export type ManagerJson = Omit<UserRow, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string };
const MANAGER_ROW = raw(`(SELECT jsonb_build_object('id', u.id, 'email', u.email, 'name', u.name, 'locale', u.locale,
    'timeZone', u.time_zone, 'active', u.active, 'version', u.version, 'createdAt', u.created_at,
    'updatedAt', u.updated_at) FROM users u WHERE u.id = c.account_manager_id)`);

export type ClientWrite = Omit<Partial<ClientRow>, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'lastContactAt'> & {
  idempotencyKey?: string | null;
};

export type ListQuery = {
  where: Sql;
  keys: ReturnType<typeof sortKeys>;
  after: { values: unknown[]; id: string } | null;
  limit: number;
};

export class ClientsRepository {
  constructor(private readonly db: Db) {}

  /**
   * One page in list order. With `withManager`, each row also carries its account manager as the users module
   * loads them (`accountManagerRow`), so a list page primes the user loader instead of a second round trip.
   */
  async list(
    q: ListQuery,
    withManager = false,
  ): Promise<(ClientRow & Record<`sort_${number}`, unknown> & { accountManagerRow?: ManagerJson | null })[]> {
    const keyset = q.after ? sql`AND ${keysetCondition(q.keys, q.after.values, q.after.id)}` : Prisma.empty;
    const manager = withManager ? sql`, ${MANAGER_ROW} AS "accountManagerRow"` : Prisma.empty;
    // The list page and its counts are the hottest reads: straight through pg (db/read-path.ts).
    return readRows(
      this.db,
      sql`SELECT ${COLUMNS}, ${sortSelect(q.keys)} ${manager}
      FROM clients c ${joins(q.keys)}
      WHERE ${q.where} ${keyset}
      ${orderByClause(q.keys)}
      LIMIT ${q.limit}`,
    );
  }

  async count(where: Sql): Promise<number> {
    const rows = await readRows<{ n: number }>(this.db, sql`SELECT count(*)::int AS n FROM clients c WHERE ${where}`);
    return rows[0]!.n;
  }

  /** Counts the matches, stopping at `limit`: its cost is bounded by the limit, not by how many match. */
  async countUpTo(where: Sql, limit: number): Promise<number> {
    const rows = await readRows<{ n: number }>(
      this.db,
      sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM clients c WHERE ${where} LIMIT ${limit}) m`,
    );
    return rows[0]!.n;
  }

  /** PostgreSQL's estimate of the matches (the planner's row count for the filter; nothing is read). */
  async estimateCount(where: Sql): Promise<number> {
    const rows = await readRows<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
      this.db,
      sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM clients c WHERE ${where}`,
    );
    return rows[0]!['QUERY PLAN'][0].Plan['Plan Rows'];
  }

  async findByIds(ids: readonly string[]): Promise<ClientRow[]> {
    if (!ids.length) return [];
    return this.db.$queryRaw<ClientRow[]>`SELECT ${COLUMNS} FROM clients c WHERE c.id = ANY(${[...ids]}::uuid[])`;
  }

  /**
   * Rows by id, each with `readable`: whether the viewer's CLIENTS read predicate holds (one statement per batch of
   * linked clients; the predicate's call-list part is an uncorrelated array, evaluated once).
   */
  async findLinked(ids: readonly string[], viewer: ScopedViewer | null): Promise<LinkedClientRow[]> {
    if (!ids.length) return [];
    const readable = viewer ? scopeWhere(viewer, 'CLIENTS', 'read', 'c') : sql`FALSE`;
    return this.db.$queryRaw<LinkedClientRow[]>`SELECT ${COLUMNS}, (${readable}) AS readable
      FROM clients c WHERE c.id = ANY(${[...ids]}::uuid[])`;
  }

  async find(id: string): Promise<ClientRow | null> {
    return (await this.findByIds([id]))[0] ?? null;
  }

  /**
   * One INSERT … RETURNING. With an idempotency key already used by the same creator, the row of that first write
   * is returned instead (the unique index decides, so two concurrent retries cannot both insert).
   */
  async create(data: ClientWrite & Pick<ClientRow, 'kind' | 'name'>): Promise<ClientRow> {
    try {
      const input: Prisma.ClientUncheckedCreateInput = toPrisma(data);
      return toRow(await this.db.client.create({ data: input, select: ROW_SELECT }));
    } catch (error) {
      if (!data.idempotencyKey || !isUniqueViolation(error)) throw error;
      const first = await this.findByIdempotencyKey(data.createdById ?? null, data.idempotencyKey);
      if (!first) throw error;
      return first;
    }
  }

  /** The client an earlier create with this idempotency key wrote, if any. */
  async findByIdempotencyKey(createdById: string | null, idempotencyKey: string): Promise<ClientRow | null> {
    const row = await this.db.client.findFirst({ where: { createdById, idempotencyKey }, select: ROW_SELECT });
    return row ? toRow(row) : null;
  }

  /** Optimistic update: false when the version is stale or the row is gone. */
  async update(id: string, version: number, data: ClientWrite): Promise<boolean> {
    const { count } = await this.db.client.updateMany({
      where: { id, version },
      data: { ...(toPrisma(data) as object), version: { increment: 1 } },
    });
    return count === 1;
  }

  /** A live client other than `excludeId` with this tax id or registration number (the duplicate guard). */
  async sameTaxKeys(taxId: string | null, registrationNo: string | null, excludeId: string | null) {
    if (!taxId && !registrationNo) return null;
    const rows = await this.db.$queryRaw<
      { id: string; field: 'taxId' | 'registrationNo'; accountManagerId: string | null }[]
    >`
      SELECT c.id, c.account_manager_id AS "accountManagerId", CASE WHEN c.tax_id = ${taxId} THEN 'taxId' ELSE 'registrationNo' END AS field
      FROM clients c
      WHERE c.deleted_at IS NULL AND c.id IS DISTINCT FROM ${excludeId}::uuid
        AND (c.tax_id = ${taxId} OR c.registration_no = ${registrationNo})
      LIMIT 1`;
    return rows[0] ?? null;
  }

  async dictionaryValueKinds(ids: string[]): Promise<Map<string, { kind: string; active: boolean }>> {
    const rows = await this.db.dictionaryValue.findMany({
      where: { id: { in: ids } },
      select: { id: true, kind: true, active: true },
    });
    return new Map(rows.map((r) => [r.id, { kind: r.kind, active: r.active }]));
  }

  async activeUserExists(id: string): Promise<boolean> {
    return Boolean(await this.db.user.findFirst({ where: { id, active: true }, select: { id: true } }));
  }
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === 'P2002';

function toRow(row: Omit<ClientRow, 'attributes'> & { attributes: Prisma.JsonValue }): ClientRow {
  return { ...row, attributes: (row.attributes ?? {}) as Record<string, unknown> };
}

function toPrisma<T extends ClientWrite>(data: T) {
  const { attributes, ...rest } = data;
  return { ...rest, attributes: attributes as Prisma.InputJsonValue | undefined };
}
