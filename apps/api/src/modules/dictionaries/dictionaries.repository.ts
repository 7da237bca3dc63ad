// Database access for dictionary values (the only place this feature talks to Prisma).
import type { DictionaryKind } from '@veza/shared';
import { Prisma, type Db } from '../../db/prisma.ts';

export const dictionaryValueSelect = {
  id: true,
  kind: true,
  key: true,
  labels: true,
  color: true,
  position: true,
  active: true,
  meta: true,
  version: true,
} as const;

export type DictionaryValueRow = {
  id: string;
  kind: DictionaryKind;
  key: string;
  labels: unknown;
  color: string | null;
  position: number;
  active: boolean;
  meta: unknown;
  version: number;
};

export type NewDictionaryValue = {
  kind: DictionaryKind;
  key: string;
  labels: Record<string, string>;
  color?: string | null;
  position: number;
  meta: Record<string, unknown>;
};

export type DictionaryValueChanges = {
  labels?: Record<string, string>;
  color?: string | null;
  position?: number;
  active?: boolean;
  meta?: Record<string, unknown>;
};

const json = (value: Record<string, unknown>) => value as Prisma.InputJsonObject;

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

export class DictionariesRepository {
  constructor(private readonly db: Db) {}

  list(kind: DictionaryKind, includeInactive: boolean): Promise<DictionaryValueRow[]> {
    return this.db.dictionaryValue.findMany({
      where: { kind, ...(includeInactive ? {} : { active: true }) },
      orderBy: [{ position: 'asc' }, { key: 'asc' }],
      select: dictionaryValueSelect,
    });
  }

  findById(id: string): Promise<DictionaryValueRow | null> {
    return this.db.dictionaryValue.findUnique({ where: { id }, select: dictionaryValueSelect });
  }

  /** Every value of every kind (the per-process snapshot). */
  all(): Promise<DictionaryValueRow[]> {
    return this.db.dictionaryValue.findMany({ select: dictionaryValueSelect });
  }

  /** Ids by (kind, key), one query for all pairs. */
  idsByKindKey(wanted: readonly { kind: string; key: string }[]) {
    return this.db.$queryRaw<{ kind: string; key: string; id: string }[]>`
      SELECT d.kind::text AS kind, d.key, d.id::text AS id
      FROM dictionary_values d
      JOIN unnest(${wanted.map((w) => w.kind)}::text[], ${wanted.map((w) => w.key)}::text[]) AS w(kind, key)
        ON d.kind = w.kind::"DictionaryKind" AND d.key = w.key`;
  }

  findByIds(ids: readonly string[]): Promise<DictionaryValueRow[]> {
    return this.db.dictionaryValue.findMany({ where: { id: { in: [...ids] } }, select: dictionaryValueSelect });
  }

  keyTaken(kind: DictionaryKind, key: string): Promise<boolean> {
    return this.db.dictionaryValue
      .findUnique({ where: { kind_key: { kind, key } }, select: { id: true } })
      .then(Boolean);
  }

  /** The position after the last value of the kind, so a new value is appended. */
  async nextPosition(kind: DictionaryKind): Promise<number> {
    const { _max } = await this.db.dictionaryValue.aggregate({ where: { kind }, _max: { position: true } });
    return _max.position == null ? 0 : _max.position + 10;
  }

  /** Returns null when the (kind, key) pair was taken meanwhile. */
  async create(data: NewDictionaryValue): Promise<DictionaryValueRow | null> {
    try {
      return await this.db.dictionaryValue.create({
        data: { ...data, labels: json(data.labels), meta: json(data.meta) },
        select: dictionaryValueSelect,
      });
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  /** Optimistic update: returns null when `version` is stale (or the value is gone). */
  async update(id: string, version: number, data: DictionaryValueChanges): Promise<DictionaryValueRow | null> {
    const { labels, meta, ...rest } = data;
    const { count } = await this.db.dictionaryValue.updateMany({
      where: { id, version },
      data: {
        ...rest,
        ...(labels ? { labels: json(labels) } : {}),
        ...(meta ? { meta: json(meta) } : {}),
        version: { increment: 1 },
      },
    });
    return count === 0 ? null : this.findById(id);
  }

  /** Inserts the rows whose (kind, key) does not exist yet; existing rows, edited or not, are left alone. */
  async insertMissing(rows: NewDictionaryValue[]): Promise<number> {
    const { count } = await this.db.dictionaryValue.createMany({
      data: rows.map((r) => ({ ...r, labels: json(r.labels), meta: json(r.meta) })),
      skipDuplicates: true,
    });
    return count;
  }
}
