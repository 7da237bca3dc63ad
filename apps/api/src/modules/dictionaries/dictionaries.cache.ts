// Per-process snapshot of all dictionary values (a few hundred rows that change rarely, read by every list page:
// the four dictionary columns of each client, activity types, results). Writes through this module clear it at once;
// writes by another process sharing the database are seen after at most DICTIONARY_CACHE_MAX_AGE_MS. A value missing
// from the snapshot (created elsewhere since) is read from the database, so a new value is never "unknown".
import type { Db } from '../../db/prisma.ts';
import { toDictionaryValueNode, type DictionaryValueNode } from './dictionaries.mapper.ts';
import { DictionariesRepository, type DictionaryValueRow } from './dictionaries.repository.ts';

export const DICTIONARY_CACHE_MAX_AGE_MS = 5000;

/** A row with its GraphQL node built once (labels parsed once per value, not once per field). Never mutate it. */
export type CachedDictionaryValue = { row: DictionaryValueRow; node: DictionaryValueNode };
type Snapshot = { byId: Map<string, CachedDictionaryValue>; byKindKey: Map<string, CachedDictionaryValue> };

const snapshots = new WeakMap<Db, { at: number; snapshot: Promise<Snapshot>; ready?: Snapshot }>();
const kindKey = (kind: string, key: string) => `${kind}\u0000${key}`;

function build(rows: DictionaryValueRow[]): Snapshot {
  const byId = new Map<string, CachedDictionaryValue>();
  const byKindKey = new Map<string, CachedDictionaryValue>();
  for (const row of rows) {
    const entry = { row, node: toDictionaryValueNode(row) };
    byId.set(row.id, entry);
    byKindKey.set(kindKey(row.kind, row.key), entry);
  }
  return { byId, byKindKey };
}

/** Forgets the snapshot of `db` (after any write to dictionary values). */
export function invalidateDictionaryCache(db: Db): void {
  snapshots.delete(db);
}

function snapshotOf(db: Db): Promise<Snapshot> {
  const cached = snapshots.get(db);
  if (cached && Date.now() - cached.at < DICTIONARY_CACHE_MAX_AGE_MS) return cached.snapshot;
  // Cached before it settles, so an invalidation during the read drops this (possibly stale) entry.
  const entry: { at: number; snapshot: Promise<Snapshot>; ready?: Snapshot } = {
    at: Date.now(),
    snapshot: new DictionariesRepository(db).all().then(build),
  };
  entry.snapshot.then((ready) => (entry.ready = ready)).catch(() => undefined);
  snapshots.set(db, entry);
  entry.snapshot.catch(() => {
    if (snapshots.get(db) === entry) snapshots.delete(db);
  });
  return entry.snapshot;
}

/**
 * The node of a value when a fresh snapshot is already in memory and has it; `undefined` when that cannot be said
 * without waiting (no snapshot yet, stale, or a miss): callers then go through the loader. Lets a list page resolve
 * its dictionary columns without a promise per field.
 */
export function cachedDictionaryNode(db: Db, id: string): DictionaryValueNode | undefined {
  const cached = snapshots.get(db);
  if (!cached?.ready || Date.now() - cached.at >= DICTIONARY_CACHE_MAX_AGE_MS) return undefined;
  return cached.ready.byId.get(id)?.node;
}

/** The values with these ids (null where none), from the snapshot; ids it lacks are read from the database. */
export async function dictionaryValuesByIds(db: Db, ids: readonly string[]): Promise<(CachedDictionaryValue | null)[]> {
  const { byId } = await snapshotOf(db);
  const missing = ids.filter((id) => !byId.has(id));
  const found = new Map<string, CachedDictionaryValue>();
  if (missing.length) {
    for (const row of await new DictionariesRepository(db).findByIds(missing))
      found.set(row.id, { row, node: toDictionaryValueNode(row) });
  }
  return ids.map((id) => byId.get(id) ?? found.get(id) ?? null);
}

/** Ids of values by (kind, key), from the snapshot; pairs it lacks are read from the database. */
export async function dictionaryIdsByKey(
  db: Db,
  wanted: readonly { kind: string; key: string }[],
): Promise<{ kind: string; key: string; id: string }[]> {
  const { byKindKey } = await snapshotOf(db);
  const hits: { kind: string; key: string; id: string }[] = [];
  const missing: { kind: string; key: string }[] = [];
  for (const w of wanted) {
    const entry = byKindKey.get(kindKey(w.kind, w.key));
    if (entry) hits.push({ kind: w.kind, key: w.key, id: entry.row.id });
    else missing.push(w);
  }
  if (missing.length) hits.push(...(await new DictionariesRepository(db).idsByKindKey(missing)));
  return hits;
}
