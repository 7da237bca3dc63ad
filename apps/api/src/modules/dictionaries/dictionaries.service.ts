// Dictionary values: who may read and edit them, validation, optimistic concurrency, and lookups for other modules.
import {
  CreateDictionaryValueInput,
  UpdateDictionaryValueInput,
  dictionaryMetaError,
  type DictionaryKind,
} from '@veza/shared';
import { hasPermission, requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import type { Db } from '../../db/prisma.ts';
import { badInput, conflict, notFound, parseInput } from '../../graphql/errors.ts';
import { parseId, tryParseId } from '../../graphql/ids.ts';
import { invalidateDictionaryCache } from './dictionaries.cache.ts';
import { toDictionaryValueNode } from './dictionaries.mapper.ts';
import { DictionariesRepository } from './dictionaries.repository.ts';

/** Everyone who works with clients reads dictionaries; dictionary administrators do too. */
function requireReader(ctx: Context) {
  if (!hasPermission(ctx, 'dictionaries.manage')) requirePermission(ctx, 'clients.read');
}

export async function listDictionary(ctx: Context, args: { kind: DictionaryKind; includeInactive?: boolean | null }) {
  // Inactive values are no secret (old records show them) and filters need them to find those records.
  requireReader(ctx);
  const rows = await new DictionariesRepository(ctx.db).list(args.kind, args.includeInactive ?? false);
  return rows.map(toDictionaryValueNode);
}

/** node(id): inactive values are returned too, since old records still point at them. */
export async function getDictionaryValue(ctx: Context, globalId: string) {
  requireReader(ctx);
  const id = tryParseId(globalId, 'DictionaryValue');
  const row = id ? await new DictionariesRepository(ctx.db).findById(id) : null;
  return row ? toDictionaryValueNode(row) : null;
}

/**
 * Kinds whose values steer behaviour through their meta (calendar, Outlook, pipeline outcome): only dictionary
 * administrators add those; `dictionaries.addValue` ("+" next to a field) covers the plain lists.
 */
const MANAGED_ONLY: ReadonlySet<DictionaryKind> = new Set(['ACTIVITY_TYPE', 'OPPORTUNITY_STAGE']);

export async function createDictionaryValue(ctx: Context, args: unknown) {
  requirePermission(ctx, ['dictionaries.manage', 'dictionaries.addValue']);
  const input = parseInput(CreateDictionaryValueInput, args, 'input');
  if (MANAGED_ONLY.has(input.kind) || Object.keys(input.meta).length > 0 || input.position != null)
    requirePermission(ctx, 'dictionaries.manage');
  const repo = new DictionariesRepository(ctx.db);
  if (await repo.keyTaken(input.kind, input.key)) throw badInput('input.key', 'validation.keyTaken');
  const position = input.position ?? (await repo.nextPosition(input.kind));
  const row = await repo.create({ ...input, position });
  if (!row) throw badInput('input.key', 'validation.keyTaken');
  invalidateDictionaryCache(ctx.db);
  return toDictionaryValueNode(row);
}

export async function updateDictionaryValue(ctx: Context, args: { id: string; version: number; input: unknown }) {
  requirePermission(ctx, 'dictionaries.manage');
  const id = parseId(args.id, 'DictionaryValue');
  const input = parseInput(UpdateDictionaryValueInput, args.input, 'input');
  const repo = new DictionariesRepository(ctx.db);
  const existing = await repo.findById(id);
  if (!existing) throw notFound('DictionaryValue');
  const badMeta = input.meta ? dictionaryMetaError(existing.kind, input.meta) : null;
  if (badMeta) throw badInput(`input.meta.${badMeta.key}`, badMeta.message);
  const row = await repo.update(id, args.version, {
    labels: input.labels ?? undefined,
    color: input.color,
    position: input.position ?? undefined,
    active: input.active ?? undefined,
    meta: input.meta ?? undefined,
  });
  if (!row) throw conflict();
  invalidateDictionaryCache(ctx.db);
  return toDictionaryValueNode(row);
}

/**
 * For modules that store a dictionary value id (clients: status, segment, industry, lead source): checks the global
 * id names an existing value of `kind` and returns its database id. Inactive values cannot be newly assigned; pass
 * the record's `current` id so saving a record that keeps its (since deactivated) value still works.
 */
export async function resolveDictionaryValueId(
  db: Db,
  kind: DictionaryKind,
  globalId: string,
  options: { field?: string; current?: string | null } = {},
): Promise<string> {
  const field = options.field ?? 'id';
  const id = parseId(globalId, 'DictionaryValue', field);
  const row = await new DictionariesRepository(db).findById(id);
  if (!row || row.kind !== kind) throw badInput(field, 'validation.dictionary.unknown');
  if (!row.active && row.id !== options.current) throw badInput(field, 'validation.dictionary.inactive');
  return id;
}
