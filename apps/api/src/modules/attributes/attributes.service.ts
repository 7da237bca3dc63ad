// Attribute definitions: permissions, the rules for keys, types and choices, expression indexes, and lookups for clients.
import {
  validateAttributeValues,
  CreateAttributeDefinitionInput,
  UpdateAttributeDefinitionInput,
  attributeChoicesError,
  removedChoiceKeys,
  type AttributeDef,
  type AttributeEntity,
} from '@veza/shared';
import { hasPermission, requirePermission } from '../../auth/permissions.ts';
import type { Db } from '../../db/prisma.ts';
import type { Context } from '../../graphql/context.ts';
import { AppError, badInput, conflict, notFound, parseInput } from '../../graphql/errors.ts';
import { parseId, tryParseId } from '../../graphql/ids.ts';
import { toAttributeDef, toAttributeNode } from './attributes.mapper.ts';
import { AttributesRepository, attributeIndexName, type AttributeRow } from './attributes.repository.ts';

function requireReader(ctx: Context) {
  if (!hasPermission(ctx, 'attributes.manage')) requirePermission(ctx, 'clients.read');
}

/** Usage counts for administrators only; one query for all `rows`, run the first time any count is read. */
function toNodes(ctx: Context, entity: AttributeEntity, rows: AttributeRow[]) {
  if (!hasPermission(ctx, 'attributes.manage')) return rows.map((r) => toAttributeNode(r, null));
  let counts: Promise<Map<string, number>> | undefined;
  const count = (key: string) => async () => {
    counts ??= new AttributesRepository(ctx.db).usageCounts(
      entity,
      rows.map((r) => r.key),
    );
    return (await counts).get(key) ?? 0;
  };
  return rows.map((r) => toAttributeNode(r, count(r.key)));
}

export async function listAttributeDefinitions(
  ctx: Context,
  args: { entity: AttributeEntity; includeInactive?: boolean | null },
) {
  requireReader(ctx);
  if (args.includeInactive) requirePermission(ctx, 'attributes.manage');
  const rows = await new AttributesRepository(ctx.db).list(args.entity, args.includeInactive ?? false);
  return toNodes(ctx, args.entity, rows);
}

export async function getAttributeDefinition(ctx: Context, globalId: string) {
  requireReader(ctx);
  const id = tryParseId(globalId, 'AttributeDefinition');
  const row = id ? await new AttributesRepository(ctx.db).findById(id) : null;
  return row ? toNodes(ctx, row.entity, [row])[0]! : null;
}

export async function createAttributeDefinition(ctx: Context, args: unknown) {
  requirePermission(ctx, 'attributes.manage');
  const input = parseInput(CreateAttributeDefinitionInput, args, 'input');
  const repo = new AttributesRepository(ctx.db);
  if (await repo.keyTaken(input.entity, input.key)) throw badInput('input.key', 'validation.keyTaken');
  const position = input.position ?? (await repo.nextPosition(input.entity));
  const row = await repo.create({ ...input, help: input.help ?? null, position });
  if (!row) throw badInput('input.key', 'validation.keyTaken');
  invalidateAttributeDefs(ctx.db);
  await ensureAttributeIndex(ctx.db, row.entity, row.key, ctx.requestId);
  return toNodes(ctx, row.entity, [row])[0]!;
}

export async function updateAttributeDefinition(ctx: Context, args: { id: string; version: number; input: unknown }) {
  requirePermission(ctx, 'attributes.manage');
  const id = parseId(args.id, 'AttributeDefinition');
  const input = parseInput(UpdateAttributeDefinitionInput, args.input, 'input');
  const repo = new AttributesRepository(ctx.db);
  const existing = await repo.findById(id);
  if (!existing) throw notFound('AttributeDefinition');
  if (input.choices) {
    const error = attributeChoicesError(existing.type, input.choices);
    if (error) throw badInput('input.choices', error);
    // Stored values may hold any choice ever offered; removing one would orphan them, deactivating keeps them readable.
    if (removedChoiceKeys(toAttributeDef(existing).choices, input.choices).length) {
      throw badInput('input.choices', 'validation.attribute.choiceRemoved');
    }
  }
  const row = await repo.update(id, args.version, {
    labels: input.labels ?? undefined,
    help: input.help,
    required: input.required ?? undefined,
    active: input.active ?? undefined,
    choices: input.choices ?? undefined,
    position: input.position ?? undefined,
  });
  invalidateAttributeDefs(ctx.db);
  if (!row) throw conflict();
  return toNodes(ctx, row.entity, [row])[0]!;
}

/**
 * Makes sure the expression index for one attribute exists and is valid. A failure is logged, not thrown: the
 * definition is already stored and works without the index (only slower); ensureAttributeIndexes repairs it later.
 */
export async function ensureAttributeIndex(db: Db, entity: AttributeEntity, key: string, requestId = 'startup') {
  const repo = new AttributesRepository(db);
  try {
    const valid = (await repo.existingIndexes([attributeIndexName(entity, key)])).values().next().value;
    if (valid === false) await repo.dropIndex(entity, key);
    if (valid !== true) await repo.createIndex(entity, key);
  } catch (error) {
    console.error(`[attributes] request ${requestId}: index for ${entity}.${key} not created:`, error);
  }
}

/** For startup: (re)creates the expression index of every defined attribute that lacks a valid one. */
export async function ensureAttributeIndexes(db: Db): Promise<void> {
  for (const { entity, key } of await new AttributesRepository(db).listAll())
    await ensureAttributeIndex(db, entity, key);
}

/**
 * Per-process cache of the definitions by database client and entity. Writes through this module clear it at once;
 * writes by other processes sharing the database are seen after at most ATTRIBUTE_DEFS_MAX_AGE_MS.
 */
export const ATTRIBUTE_DEFS_MAX_AGE_MS = 5000;
const defsCache = new WeakMap<Db, Map<AttributeEntity, { at: number; defs: Promise<AttributeDef[]> }>>();

/** Forgets the cached definitions of `db` (after any write to attribute definitions). */
export function invalidateAttributeDefs(db: Db): void {
  defsCache.delete(db);
}

/** Every definition of an entity, inactive ones included (active: false), for validating and reading values. */
export function loadAttributeDefs(db: Db, entity: AttributeEntity): Promise<AttributeDef[]> {
  let byEntity = defsCache.get(db);
  if (!byEntity) defsCache.set(db, (byEntity = new Map()));
  const cached = byEntity.get(entity);
  if (cached && Date.now() - cached.at < ATTRIBUTE_DEFS_MAX_AGE_MS) return cached.defs;
  // The promise is cached before it settles, so an invalidation during the read drops this (possibly stale) entry.
  const entry = {
    at: Date.now(),
    defs: new AttributesRepository(db).list(entity, true).then((rows) => rows.map(toAttributeDef)),
  };
  byEntity.set(entity, entry);
  entry.defs.catch(() => {
    if (byEntity.get(entity) === entry) byEntity.delete(entity);
  });
  return entry.defs;
}

/**
 * Validates user-defined attribute values of a client or person being created (`previous` undefined) or updated,
 * returning the merged values to store; problems become BAD_USER_INPUT naming `<prefix>attributes.<key>`.
 */
export async function validatedAttributes(
  db: Db,
  entity: AttributeEntity,
  input: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
  prefix: string,
): Promise<Record<string, unknown>> {
  const result = validateAttributeValues(await loadAttributeDefs(db, entity), input, previous);
  if (result.ok) return result.values;
  const issues = result.issues.map((i) => ({ field: `${prefix}attributes.${i.key}`, message: i.message }));
  throw new AppError('BAD_USER_INPUT', issues[0]!.message, { field: issues[0]!.field, issues });
}
