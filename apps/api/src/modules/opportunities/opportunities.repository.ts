// Database access for opportunities: keyset lists, board positions, optimistic writes with the stage history, and
// the look-ups the rules need (stages, persons of the client). Pipeline sums and rates live in pipeline.repository.ts.
import crypto from 'node:crypto';
import { Prisma, type Db } from '../../db/prisma.ts';

type Sql = Prisma.Sql;
export type Tx = Db | Prisma.TransactionClient;
const { sql, raw, join } = Prisma;

export type OpportunityRow = {
  id: string;
  name: string;
  clientId: string;
  ownerId: string;
  stageId: string;
  amount: string;
  currency: string;
  expectedCloseOn: string | null;
  probability: number;
  probabilityManual: boolean;
  leadSourceId: string | null;
  lostReasonId: string | null;
  lostNote: string | null;
  description: string | null;
  closedAt: Date | null;
  baseAmount: string | null;
  lockedCurrency: string | null;
  rateDate: string | null;
  position: number;
  attributes: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  deletedAt: Date | null;
  /** Sort-key values of the list query, as text (cursor material). */
  sortKey?: string[];
};

export const OPPORTUNITY_COLUMNS = raw(`o.id, o.name, o.client_id AS "clientId", o.owner_id AS "ownerId",
  o.stage_id AS "stageId", o.amount::text AS amount, o.currency, to_char(o.expected_close_on, 'YYYY-MM-DD')
  AS "expectedCloseOn", o.probability::int AS probability, o.probability_manual AS "probabilityManual",
  o.lead_source_id AS "leadSourceId", o.lost_reason_id AS "lostReasonId", o.lost_note AS "lostNote", o.description,
  o.closed_at AS "closedAt", o.base_amount::text AS "baseAmount", o.base_currency AS "lockedCurrency",
  to_char(o.rate_date, 'YYYY-MM-DD') AS "rateDate", o.position, o.attributes, o.created_at AS "createdAt",
  o.updated_at AS "updatedAt", o.version, o.deleted_at AS "deletedAt"`);

export type SortSpec = { exprs: string[]; casts: string[]; desc: boolean };

export type OpportunityWrite = {
  name?: string;
  ownerId?: string;
  amount?: string;
  currency?: string;
  expectedCloseOn?: string | null;
  probability?: number;
  probabilityManual?: boolean;
  leadSourceId?: string | null;
  description?: string | null;
  attributes?: Record<string, unknown>;
};

export type CloseWrite = {
  stageId: string;
  closedAt: Date | null;
  probability: number;
  probabilityManual: boolean;
  lostReasonId: string | null;
  lostNote: string | null;
  baseAmount: string | null;
  baseCurrency: string | null;
  rateDate: string | null;
  position: number;
};

export type StageRow = { id: string; kind: string; active: boolean; position: number; meta: unknown };
export type StageChangeRow = {
  opportunityId: string;
  fromStageId: string | null;
  toStageId: string;
  changedAt: Date;
  changedById: string | null;
};

const SET_COLUMNS: Record<keyof OpportunityWrite, string> = {
  name: 'name',
  ownerId: 'owner_id',
  amount: 'amount',
  currency: 'currency',
  expectedCloseOn: 'expected_close_on',
  probability: 'probability',
  probabilityManual: 'probability_manual',
  leadSourceId: 'lead_source_id',
  description: 'description',
  attributes: 'attributes',
};
const CASTS: Partial<Record<keyof OpportunityWrite, string>> = {
  ownerId: '::uuid',
  leadSourceId: '::uuid',
  amount: '::numeric',
  expectedCloseOn: '::date',
  attributes: '::jsonb',
};

function setList(write: OpportunityWrite): Sql[] {
  return (Object.keys(write) as (keyof OpportunityWrite)[])
    .filter((k) => write[k] !== undefined)
    .map((k) => {
      const value = k === 'attributes' ? JSON.stringify(write[k]) : write[k];
      return sql`${raw(SET_COLUMNS[k])} = ${value}${raw(CASTS[k] ?? '')}`;
    });
}

/** A time-ordered UUIDv7 (RFC 9562): 48-bit millisecond clock, version 7, variant 10, random rest. */
export function newUuid7(now = Date.now()): string {
  const b = crypto.randomBytes(16);
  b.writeUIntBE(now, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export class OpportunitiesRepository {
  constructor(private readonly db: Tx) {}

  /** A keyset page in `sort` order (then id); the row carries its sort key as text for the cursor. */
  list(where: Sql, sort: SortSpec, after: string[] | null, limit: number): Promise<OpportunityRow[]> {
    const keys = [...sort.exprs, 'o.id'];
    const casts = [...sort.casts, 'uuid'];
    const keyset = after
      ? sql`AND (${raw(keys.join(', '))}) ${raw(sort.desc ? '<' : '>')}
          (${join(after.map((v, i) => sql`${v}::${raw(casts[i]!)}`))})`
      : Prisma.empty;
    const dir = sort.desc ? 'DESC' : 'ASC';
    const sortKey = raw(`ARRAY[${sort.exprs.map((e) => `(${e})::text`).join(', ')}, o.id::text]`);
    return this.db.$queryRaw<OpportunityRow[]>`SELECT ${OPPORTUNITY_COLUMNS}, ${sortKey} AS "sortKey"
      FROM opportunities o JOIN dictionary_values s ON s.id = o.stage_id
      WHERE ${where} ${keyset} ORDER BY ${raw(keys.map((k) => `${k} ${dir}`).join(', '))} LIMIT ${limit}`;
  }

  async count(where: Sql): Promise<number> {
    const rows = await this.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n
      FROM opportunities o JOIN dictionary_values s ON s.id = o.stage_id WHERE ${where}`;
    return rows[0]!.n;
  }

  byIds(ids: readonly string[]): Promise<OpportunityRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.$queryRaw<OpportunityRow[]>`SELECT ${OPPORTUNITY_COLUMNS} FROM opportunities o
      WHERE o.id = ANY(${[...ids]}::uuid[])`;
  }

  async byId(id: string, lock = false): Promise<OpportunityRow | null> {
    const rows = await this.db.$queryRaw<OpportunityRow[]>`SELECT ${OPPORTUNITY_COLUMNS} FROM opportunities o
      WHERE o.id = ${id}::uuid AND o.deleted_at IS NULL ${lock ? raw('FOR UPDATE') : Prisma.empty}`;
    return rows[0] ?? null;
  }

  async insert(
    id: string,
    row: Required<Omit<OpportunityWrite, 'probabilityManual'>> & {
      probabilityManual: boolean;
      clientId: string;
      stageId: string;
      position: number;
      createdById: string;
    },
  ): Promise<string> {
    const rows = await this.db.$queryRaw<{ id: string }[]>`INSERT INTO opportunities (id, name, client_id, owner_id,
        stage_id, amount, currency, expected_close_on, probability, probability_manual, lead_source_id, description,
        attributes, position, created_by_id, updated_by_id, updated_at)
      VALUES (${id}::uuid, ${row.name}, ${row.clientId}::uuid, ${row.ownerId}::uuid, ${row.stageId}::uuid,
        ${row.amount}::numeric, ${row.currency}, ${row.expectedCloseOn}::date, ${row.probability},
        ${row.probabilityManual}, ${row.leadSourceId}::uuid, ${row.description}, ${JSON.stringify(row.attributes)}::jsonb,
        ${row.position}, ${row.createdById}::uuid, ${row.createdById}::uuid, now())
      RETURNING id`;
    return rows[0]!.id;
  }

  /** Optimistic update; false when the version no longer matches (or the row is gone). */
  async update(id: string, version: number, write: OpportunityWrite, userId: string): Promise<boolean> {
    const sets = setList(write);
    const n = await this.db.$executeRaw`UPDATE opportunities SET ${join(
      [...sets, sql`updated_by_id = ${userId}::uuid`, sql`updated_at = now()`, sql`version = version + 1`],
      ', ',
    )} WHERE id = ${id}::uuid AND version = ${version} AND deleted_at IS NULL`;
    return n === 1;
  }

  /** Stage, position and the closing fields in one optimistic write. */
  async setStage(id: string, version: number, w: CloseWrite, userId: string): Promise<boolean> {
    const n = await this.db.$executeRaw`UPDATE opportunities SET stage_id = ${w.stageId}::uuid,
        closed_at = ${w.closedAt}, probability = ${w.probability},
        probability_manual = ${w.probabilityManual}, lost_reason_id = ${w.lostReasonId}::uuid,
        lost_note = ${w.lostNote}, base_amount = ${w.baseAmount}::numeric, base_currency = ${w.baseCurrency},
        rate_date = ${w.rateDate}::date, position = ${w.position}, updated_by_id = ${userId}::uuid,
        updated_at = now(), version = version + 1
      WHERE id = ${id}::uuid AND version = ${version} AND deleted_at IS NULL`;
    return n === 1;
  }

  async softDelete(id: string, version: number | null, userId: string): Promise<boolean> {
    const n = await this.db.$executeRaw`UPDATE opportunities SET deleted_at = now(), updated_by_id = ${userId}::uuid,
        updated_at = now(), version = version + 1
      WHERE id = ${id}::uuid AND deleted_at IS NULL ${version == null ? Prisma.empty : sql`AND version = ${version}`}`;
    return n === 1;
  }

  async recordStageChange(id: string, from: string | null, to: string, userId: string): Promise<void> {
    await this.db.$executeRaw`INSERT INTO opportunity_stage_changes (id, opportunity_id, from_stage_id, to_stage_id,
      changed_by_id) VALUES (${newUuid7()}::uuid, ${id}::uuid, ${from}::uuid, ${to}::uuid, ${userId}::uuid)`;
  }

  stageChanges(ids: readonly string[]): Promise<StageChangeRow[]> {
    return this.db.$queryRaw<StageChangeRow[]>`SELECT opportunity_id AS "opportunityId", from_stage_id AS
      "fromStageId", to_stage_id AS "toStageId", changed_at AS "changedAt", changed_by_id AS "changedById"
      FROM opportunity_stage_changes WHERE opportunity_id = ANY(${[...ids]}::uuid[]) ORDER BY changed_at, id`;
  }

  /** The open stage the opportunity was in before it was closed (the last change's origin into a closed stage). */
  async stageBeforeClose(id: string, closedStageId: string): Promise<string | null> {
    const rows = await this.db.$queryRaw<{ from: string | null }[]>`SELECT from_stage_id AS from
      FROM opportunity_stage_changes WHERE opportunity_id = ${id}::uuid AND to_stage_id = ${closedStageId}::uuid
      ORDER BY changed_at DESC, id DESC LIMIT 1`;
    return rows[0]?.from ?? null;
  }

  async setPersons(id: string, personIds: string[]): Promise<void> {
    await this.db.$executeRaw`DELETE FROM opportunity_persons WHERE opportunity_id = ${id}::uuid
      AND NOT (person_id = ANY(${personIds}::uuid[]))`;
    if (personIds.length)
      await this.db.$executeRaw`INSERT INTO opportunity_persons (opportunity_id, person_id)
        SELECT ${id}::uuid, p FROM unnest(${personIds}::uuid[]) p ON CONFLICT DO NOTHING`;
  }

  personIds(ids: readonly string[]): Promise<{ opportunityId: string; personId: string }[]> {
    return this.db.$queryRaw`SELECT op.opportunity_id AS "opportunityId", op.person_id AS "personId"
      FROM opportunity_persons op JOIN persons p ON p.id = op.person_id AND p.deleted_at IS NULL
      WHERE op.opportunity_id = ANY(${[...ids]}::uuid[]) ORDER BY p.last_name, p.first_name, p.id`;
  }

  /** Positions of the live open cards of a stage around a 0-based index (the moved card excluded). */
  async neighbours(stageId: string, index: number, excludeId: string | null) {
    const rows = await this.db.$queryRaw<{ position: number }[]>`SELECT o.position FROM opportunities o
      WHERE o.stage_id = ${stageId}::uuid AND o.deleted_at IS NULL AND o.closed_at IS NULL
        AND o.id IS DISTINCT FROM ${excludeId}::uuid
      ORDER BY o.position, o.id OFFSET ${Math.max(index - 1, 0)} LIMIT ${index === 0 ? 1 : 2}`;
    const positions = rows.map((r) => r.position);
    return index === 0
      ? { before: null, after: positions[0] ?? null }
      : {
          before: positions[0] ?? null,
          after: positions[1] ?? null,
        };
  }

  /** Spreads a stage's open cards 1024 apart in their current order (when fractional gaps run out). */
  async renumber(stageId: string): Promise<void> {
    await this.db.$executeRaw`UPDATE opportunities o SET position = r.n * 1024 FROM (
        SELECT id, row_number() OVER (ORDER BY position, id) AS n FROM opportunities
        WHERE stage_id = ${stageId}::uuid AND deleted_at IS NULL AND closed_at IS NULL) r
      WHERE o.id = r.id`;
  }

  /** Below every open card of the stage: a new or reopened card goes on top of its column. */
  async topPosition(stageId: string): Promise<number> {
    const rows = await this.db.$queryRaw<{ p: number | null }[]>`SELECT min(position) AS p FROM opportunities
      WHERE stage_id = ${stageId}::uuid AND deleted_at IS NULL AND closed_at IS NULL`;
    return rows[0]?.p == null ? 0 : rows[0].p - 1024;
  }

  async stages(ids?: string[]): Promise<StageRow[]> {
    const where = ids ? sql`AND id = ANY(${ids}::uuid[])` : Prisma.empty;
    return this.db.$queryRaw<StageRow[]>`SELECT id, kind::text AS kind, active, position, meta
      FROM dictionary_values WHERE kind = 'OPPORTUNITY_STAGE' ${where} ORDER BY position, id`;
  }

  async dictionaryKind(id: string): Promise<{ kind: string; active: boolean } | null> {
    const rows = await this.db.$queryRaw<{ kind: string; active: boolean }[]>`SELECT kind::text AS kind, active
      FROM dictionary_values WHERE id = ${id}::uuid`;
    return rows[0] ?? null;
  }

  async activeUser(id: string): Promise<boolean> {
    const rows = await this.db.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE id = ${id}::uuid AND active`;
    return rows.length === 1;
  }

  /** The ones among `personIds` that are live contact persons of the client. */
  async personsOfClient(clientId: string, personIds: string[]): Promise<Set<string>> {
    if (!personIds.length) return new Set();
    const rows = await this.db.$queryRaw<{ id: string }[]>`SELECT cp.person_id AS id FROM client_persons cp
      JOIN persons p ON p.id = cp.person_id AND p.deleted_at IS NULL
      WHERE cp.client_id = ${clientId}::uuid AND cp.person_id = ANY(${personIds}::uuid[])`;
    return new Set(rows.map((r) => r.id));
  }
}
