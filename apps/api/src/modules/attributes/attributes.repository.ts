// Database access for attribute definitions: rows, usage counts over clients / persons, and per-key expression indexes.
import { escapeIdentifier, escapeLiteral } from 'pg';
import type { AttributeEntity, AttributeType } from '@veza/shared';
import { Prisma, type Db } from '../../db/prisma.ts';

export const attributeSelect = {
  id: true,
  entity: true,
  key: true,
  labels: true,
  help: true,
  type: true,
  required: true,
  active: true,
  choices: true,
  position: true,
  version: true,
} as const;

export type AttributeRow = {
  id: string;
  entity: AttributeEntity;
  key: string;
  labels: unknown;
  help: unknown;
  type: AttributeType;
  required: boolean;
  active: boolean;
  choices: unknown;
  position: number;
  version: number;
};

type StoredChoice = { key: string; labels: Record<string, string>; active: boolean };

export type NewAttribute = {
  entity: AttributeEntity;
  key: string;
  labels: Record<string, string>;
  help: Record<string, string> | null;
  type: AttributeType;
  required: boolean;
  choices: StoredChoice[];
  position: number;
};

export type AttributeChanges = {
  labels?: Record<string, string>;
  help?: Record<string, string> | null;
  required?: boolean;
  active?: boolean;
  choices?: StoredChoice[];
  position?: number;
};

/** The table holding each entity's records; fixed names, never from input. */
export const ENTITY_TABLE: Record<AttributeEntity, 'clients' | 'persons' | 'opportunities' | 'activities'> = {
  CLIENT: 'clients',
  PERSON: 'persons',
  OPPORTUNITY: 'opportunities',
  ACTIVITY: 'activities',
};

export const attributeIndexName = (entity: AttributeEntity, key: string) => `${ENTITY_TABLE[entity]}_attr_${key}_idx`;

const json = (value: unknown) => value as Prisma.InputJsonValue;

function toData(data: AttributeChanges) {
  const { labels, help, choices, ...rest } = data;
  return {
    ...rest,
    ...(labels ? { labels: json(labels) } : {}),
    ...(help !== undefined ? { help: json(help ?? {}) } : {}),
    ...(choices ? { choices: json(choices) } : {}),
  };
}

export class AttributesRepository {
  constructor(private readonly db: Db) {}

  list(entity: AttributeEntity, includeInactive: boolean): Promise<AttributeRow[]> {
    return this.db.attributeDefinition.findMany({
      where: { entity, ...(includeInactive ? {} : { active: true }) },
      orderBy: [{ position: 'asc' }, { key: 'asc' }],
      select: attributeSelect,
    });
  }

  findById(id: string): Promise<AttributeRow | null> {
    return this.db.attributeDefinition.findUnique({ where: { id }, select: attributeSelect });
  }

  keyTaken(entity: AttributeEntity, key: string): Promise<boolean> {
    return this.db.attributeDefinition
      .findUnique({ where: { entity_key: { entity, key } }, select: { id: true } })
      .then(Boolean);
  }

  async nextPosition(entity: AttributeEntity): Promise<number> {
    const { _max } = await this.db.attributeDefinition.aggregate({ where: { entity }, _max: { position: true } });
    return _max.position == null ? 0 : _max.position + 10;
  }

  /** Returns null when the (entity, key) pair was taken meanwhile. */
  async create(data: NewAttribute): Promise<AttributeRow | null> {
    try {
      return await this.db.attributeDefinition.create({
        data: { ...data, labels: json(data.labels), help: json(data.help ?? {}), choices: json(data.choices) },
        select: attributeSelect,
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return null;
      throw error;
    }
  }

  /** Optimistic update: returns null when `version` is stale (or the definition is gone). */
  async update(id: string, version: number, data: AttributeChanges): Promise<AttributeRow | null> {
    const { count } = await this.db.attributeDefinition.updateMany({
      where: { id, version },
      data: { ...toData(data), version: { increment: 1 } },
    });
    return count === 0 ? null : this.findById(id);
  }

  /** How many non-deleted records hold a value under each key: one scan of the table for all keys. */
  async usageCounts(entity: AttributeEntity, keys: readonly string[]): Promise<Map<string, number>> {
    const table = Prisma.raw(escapeIdentifier(ENTITY_TABLE[entity]));
    const rows = await this.db.$queryRaw<{ key: string; count: number }[]>`
      SELECT k AS key, count(*)::int AS count
      FROM ${table} r CROSS JOIN unnest(${[...keys]}::text[]) AS k
      WHERE r.deleted_at IS NULL AND r.attributes ? k
      GROUP BY k`;
    return new Map(rows.map((r) => [r.key, r.count]));
  }

  async existingIndexes(names: readonly string[]): Promise<Map<string, boolean>> {
    const rows = await this.db.$queryRaw<{ name: string; valid: boolean }[]>`
      SELECT c.relname AS name, i.indisvalid AS valid
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE c.relname = ANY(${[...names]}::text[]) AND pg_table_is_visible(c.oid)`;
    return new Map(rows.map((r) => [r.name, r.valid]));
  }

  /**
   * Creates the btree expression index on `attributes -> key` that filtering and sorting by the attribute use.
   * CONCURRENTLY, so clients / persons stay writable while a large table is scanned; that also means it cannot run
   * inside a transaction, hence a separate statement after the definition is stored. `key` already matches
   * ATTRIBUTE_KEY; it is escaped anyway because DDL cannot take bind parameters.
   */
  async createIndex(entity: AttributeEntity, key: string): Promise<void> {
    const index = escapeIdentifier(attributeIndexName(entity, key));
    const table = escapeIdentifier(ENTITY_TABLE[entity]);
    await this.db.$executeRawUnsafe(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${index} ON ${table} ((attributes -> ${escapeLiteral(key)}))`,
    );
  }

  /** A failed concurrent build leaves an invalid index that IF NOT EXISTS would keep forever; drop it first. */
  async dropIndex(entity: AttributeEntity, key: string): Promise<void> {
    await this.db.$executeRawUnsafe(
      `DROP INDEX CONCURRENTLY IF EXISTS ${escapeIdentifier(attributeIndexName(entity, key))}`,
    );
  }

  listAll(): Promise<{ entity: AttributeEntity; key: string }[]> {
    return this.db.attributeDefinition.findMany({ select: { entity: true, key: true } });
  }
}
