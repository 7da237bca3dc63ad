// Clients: permission checks, validation (tax ids, dictionaries, attributes), filtered keyset lists, soft delete.
import {
  ClientFilterInput,
  CreateClientInput,
  IdempotencyKey,
  UpdateClientInput,
  checkTaxFields,
  type ClientFilter,
} from '@veza/shared';
import { z } from 'zod';
import { requirePermission } from '../../auth/permissions.ts';
import type { Db, Prisma } from '../../db/prisma.ts';
import { cheapCount, decodeCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import {
  AppError,
  badInput,
  conflict,
  forbidden,
  notFound,
  parseInput,
  zodToGraphQLError,
} from '../../graphql/errors.ts';
import { globalId, parseId, tryParseId } from '../../graphql/ids.ts';
import { loadAttributeDefs, validatedAttributes } from '../attributes/index.ts';
import { dictionaryIdsByKey } from '../dictionaries/index.ts';
import type { UserRow } from '../users/index.ts';
import { reaches, reachesClient, scopeOf, scopeWhere, withinScope, type Access } from '../visibility/index.ts';
import { clientCondition, dictionaryKeysOf } from './client-filter.sql.ts';
import { cursorFits, sortKeys, type SortInput } from './client-sort.sql.ts';
import { ClientsRepository, type ClientRow, type ClientWrite, type ManagerJson } from './clients.repository.ts';
import { toClientNode, toListNode } from './clients.mapper.ts';

type ListArgs = {
  filter?: unknown;
  orderBy?: SortInput[] | null;
  first?: number | null;
  after?: string | null;
  includeDeleted?: boolean | null;
};

/** Ids of the dictionary values a filter names, by kind and key: from the per-process snapshot (a query only for misses). */
async function dictionaryIds(db: Db, filter: ClientFilter | null) {
  const wanted = filter ? dictionaryKeysOf(filter) : [];
  const byKind = new Map<string, Map<string, string>>();
  if (!wanted.length) return byKind;
  const rows = await dictionaryIdsByKey(db, wanted);
  for (const r of rows) {
    if (!byKind.has(r.kind)) byKind.set(r.kind, new Map());
    byKind.get(r.kind)!.set(r.key, r.id);
  }
  return byKind;
}

/** `activityScope`: which activities the filter's activity condition may see (null = everyone's). */
async function filterEnv(db: Db, timeZone: string, filter: ClientFilter | null, activityScope: Prisma.Sql | null) {
  const [clientDefs, personDefs, dictionaries] = await Promise.all([
    loadAttributeDefs(db, 'CLIENT'),
    loadAttributeDefs(db, 'PERSON'),
    dictionaryIds(db, filter),
  ]);
  return {
    dictionaryIds: dictionaries,
    // Filters may use inactive attributes too: their values are kept, so they can still be found.
    clientAttributes: new Map(clientDefs.map((d) => [d.key, d])),
    personAttributes: new Map(personDefs.map((d) => [d.key, d])),
    timeZone,
    activityScope,
  };
}

/**
 * The WHERE clause (alias `c`) for a (validated) filter within the clients the viewer may read (or edit), its
 * activity condition within the activities they may read. Every client list, count, export, campaign generation
 * and mailing group goes through here.
 */
export async function clientWhere(ctx: Context, rawFilter: unknown, includeDeleted = false, access: Access = 'read') {
  const viewer = ctx.viewer!;
  const activityScope = scopeWhere(viewer, 'ACTIVITIES', 'read', 'a');
  const { where, env } = await clientWhereIn(ctx.db, viewer.user.timeZone, rawFilter, includeDeleted, activityScope);
  return { where: withinScope(where, viewer, 'CLIENTS', access, 'c'), env };
}

/**
 * clientWhere without a request (automation rules, mailings run by the system): dates in the filter are read in
 * `timeZone`; no visibility scope, and the activity condition sees `activityScope` (null = every activity).
 */
export async function clientWhereIn(
  db: Db,
  timeZone: string,
  rawFilter: unknown,
  includeDeleted = false,
  activityScope: Prisma.Sql | null = null,
) {
  // DateTime arguments inside the filter (activity from / to) arrive as Date; the shared schema takes ISO strings.
  const json: unknown = rawFilter == null ? null : JSON.parse(JSON.stringify(rawFilter));
  const filter = json == null ? null : (parseInput(ClientFilterInput, json, 'filter') as ClientFilter);
  const env = await filterEnv(db, timeZone, filter, activityScope);
  return { where: clientCondition(filter, env, includeDeleted), env };
}

export async function listClients(ctx: Context, args: ListArgs) {
  requirePermission(ctx, 'clients.read');
  if (args.includeDeleted) requirePermission(ctx, 'clients.delete');
  const { where, env } = await clientWhere(ctx, args.filter, args.includeDeleted ?? false);
  const keys = sortKeys(args.orderBy, new Set(env.clientAttributes.keys()));
  const first = pageSize(args.first);
  const cursor = decodeCursor(args.after, keys.length + 1);
  const after = cursor ? { values: cursor.slice(0, -1), id: String(cursor.at(-1)) } : null;
  if (after && !cursorFits(keys, after.values)) throw badInput('after', 'validation.cursor');
  const repo = new ClientsRepository(ctx.db);
  const rows = await repo.list({ where, keys, after, limit: first + 1 }, true);
  const managers = pageManagers(ctx);
  const sortValues = (row: (typeof rows)[number]) => [...keys.map((_, i) => row[`sort_${i}`] ?? null), row.id];
  // The rows are this request's own: each becomes its node in place (toConnection reads its sort values first).
  const toNode = (row: (typeof rows)[number]) => toListNode(row, managers(row.accountManagerRow));
  const connection = toConnection(rows, first, after != null, sortValues, toNode, () => repo.count(where));
  return {
    ...connection,
    count: cheapCount(
      (limit) => repo.countUpTo(where, limit),
      () => repo.estimateCount(where),
    ),
  };
}

/**
 * The page read each account manager with its rows: each manager converted once per page (a page has a few), handed
 * to the resolver (no promise per row) and primed into the user loader.
 */
function pageManagers(ctx: Context) {
  const seen = new Map<string, UserRow>();
  return (m: ManagerJson | null | undefined): UserRow | null => {
    if (!m) return null;
    let row = seen.get(m.id);
    if (!row) {
      row = { ...m, createdAt: new Date(m.createdAt), updatedAt: new Date(m.updatedAt) };
      seen.set(m.id, row);
      ctx.loaders.userById.prime(m.id, row);
    }
    return row;
  };
}

/** All matching rows in list order, a batch at a time (exports): the same keyset query as the list. */
export async function* clientBatches(ctx: Context, args: Pick<ListArgs, 'filter' | 'orderBy'>, batchSize = 1000) {
  const { where, env } = await clientWhere(ctx, args.filter);
  const keys = sortKeys(args.orderBy, new Set(env.clientAttributes.keys()));
  const repo = new ClientsRepository(ctx.db);
  let after: { values: unknown[]; id: string } | null = null;
  for (;;) {
    const rows = await repo.list({ where, keys, after, limit: batchSize });
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
    const last = rows.at(-1)!;
    after = { values: keys.map((_, i) => last[`sort_${i}`] ?? null), id: last.id };
  }
}

export async function getClient(ctx: Context, globalId: string) {
  requirePermission(ctx, 'clients.read');
  const id = tryParseId(globalId, 'Client');
  const row = id ? await ctx.loaders.clientById.load(id) : null;
  return row && (await reachesClient(ctx.db, ctx.viewer!, 'read', row)) ? toClientNode(row) : null;
}

/** A client outside the viewer's read scope does not exist for them (NOT_FOUND); readable but not editable: FORBIDDEN. */
export async function guardClient<T extends { id: string; accountManagerId: string | null }>(
  ctx: Context,
  row: T | null,
  access: Access,
): Promise<T> {
  if (!row || !(await reachesClient(ctx.db, ctx.viewer!, 'read', row))) throw notFound('Client');
  if (access === 'edit' && !reaches(ctx.viewer!, 'CLIENTS', 'edit', [row.accountManagerId]))
    throw forbidden('clients.write');
  return row;
}

/** Checks references (dictionary values of the right kind, an active account manager) and converts global ids. */
async function resolveReferences(ctx: Context, input: Record<string, unknown>, prefix: string): Promise<ClientWrite> {
  const repo = new ClientsRepository(ctx.db);
  const refs = {
    statusId: 'CLIENT_STATUS',
    segmentId: 'CLIENT_SEGMENT',
    industryId: 'INDUSTRY',
    leadSourceId: 'LEAD_SOURCE',
  } as const;
  const out: Record<string, unknown> = {};
  const wanted: [keyof typeof refs, string][] = [];
  for (const field of Object.keys(refs) as (keyof typeof refs)[]) {
    if (input[field] === undefined) continue;
    if (input[field] === null) out[field] = null;
    else wanted.push([field, parseId(String(input[field]), 'DictionaryValue', `${prefix}${field}`)]);
  }
  const found = await repo.dictionaryValueKinds(wanted.map(([, id]) => id));
  for (const [field, id] of wanted) {
    const value = found.get(id);
    if (!value || value.kind !== refs[field]) throw badInput(`${prefix}${field}`, 'validation.dictionaryValue');
    out[field] = id;
  }
  if (input.accountManagerId !== undefined) {
    const id =
      input.accountManagerId === null
        ? null
        : parseId(String(input.accountManagerId), 'User', `${prefix}accountManagerId`);
    if (id && !(await repo.activeUserExists(id))) throw badInput(`${prefix}accountManagerId`, 'validation.user');
    out.accountManagerId = id;
  }
  return out as ClientWrite;
}

/**
 * A second live client with the same tax id or registration number is refused unless the user confirms it is
 * deliberate (a branch); the error names the field and the existing client.
 */
async function guardTaxKeys(
  ctx: Context,
  fields: { taxId?: string | null; registrationNo?: string | null },
  excludeId: string | null,
  confirmed: boolean | null | undefined,
  prefix: string,
) {
  if (confirmed) return;
  const same = await new ClientsRepository(ctx.db).sameTaxKeys(
    fields.taxId ?? null,
    fields.registrationNo ?? null,
    excludeId,
  );
  if (!same) return;
  // The key is taken either way (a second record needs the confirmation); the existing client is named only to a
  // viewer who may read it.
  const readable = await reachesClient(ctx.db, ctx.viewer!, 'read', same);
  throw new AppError('BAD_USER_INPUT', 'duplicates.taxKeyTaken', {
    field: `${prefix}${same.field}`,
    ...(readable ? { duplicateOf: globalId('Client', same.id) } : {}),
  });
}

/** The row comes back from the INSERT itself: no read after the commit that could fail for a row that exists. */
export async function createClient(ctx: Context, args: unknown, rawKey?: unknown) {
  const viewer = requirePermission(ctx, 'clients.write');
  const { confirmDuplicate, ...input } = parseInput(CreateClientInput, args);
  const idempotencyKey = parseInput(IdempotencyKey, rawKey, 'idempotencyKey');
  // A retry of a create that did happen answers with that row, before the duplicate check would refuse it.
  const earlier = idempotencyKey
    ? await new ClientsRepository(ctx.db).findByIdempotencyKey(viewer.user.id, idempotencyKey)
    : null;
  if (earlier) return toClientNode(earlier);
  await guardTaxKeys(ctx, input, null, confirmDuplicate, '');
  const attributes = await validatedAttributes(ctx.db, 'CLIENT', input.attributes ?? {}, undefined, '');
  const refs = await resolveReferences(ctx, input, '');
  // Someone who edits only own (or team) clients manages what they create unless they name another manager: else a
  // client they just entered would be out of their reach.
  if (input.accountManagerId === undefined && scopeOf(viewer, 'CLIENTS', 'edit') !== 'ALL')
    refs.accountManagerId = viewer.user.id;
  const row = await new ClientsRepository(ctx.db).create({
    ...input,
    ...refs,
    roles: input.roles ?? [],
    phones: input.phones ?? [],
    emails: input.emails ?? [],
    attributes,
    createdById: viewer.user.id,
    updatedById: viewer.user.id,
    idempotencyKey,
  });
  return toClientNode(row);
}

export async function updateClient(ctx: Context, args: { id: string; version: number; input: unknown }) {
  const viewer = requirePermission(ctx, 'clients.write');
  const id = parseId(args.id, 'Client');
  const { confirmDuplicate, ...input } = parseInput(UpdateClientInput, args.input, 'input');
  const repo = new ClientsRepository(ctx.db);
  const existing = await guardClient(ctx, await repo.find(id), 'edit');
  if (existing.deletedAt) throw notFound('Client');
  if (existing.version !== args.version) throw conflict();
  const taxFields = taxCheck({
    country: existing.country,
    taxId: existing.taxId,
    registrationNo: existing.registrationNo,
    ...pick(input),
  });
  const changed = (['taxId', 'registrationNo'] as const).filter((k) => taxFields[k] && taxFields[k] !== existing[k]);
  if (changed.length)
    await guardTaxKeys(ctx, Object.fromEntries(changed.map((k) => [k, taxFields[k]])), id, confirmDuplicate, 'input.');
  const { attributes: attributeInput, ...rest } = input;
  const attributes = attributeInput
    ? await validatedAttributes(ctx.db, 'CLIENT', attributeInput, existing.attributes, 'input.')
    : undefined;
  const refs = await resolveReferences(ctx, rest, 'input.');
  const { roles, phones, emails, ...scalars } = rest;
  // A null list clears it: the columns are NOT NULL arrays.
  const lists = {
    roles: roles === null ? [] : roles,
    phones: phones === null ? [] : phones,
    emails: emails === null ? [] : emails,
  };
  const data: ClientWrite = {
    ...stripUndefined(scalars),
    ...stripUndefined(lists),
    ...refs,
    ...taxFields,
    attributes,
    updatedById: viewer.user.id,
  };
  if (!(await repo.update(id, args.version, data))) throw conflict();
  ctx.loaders.clientById.clear(id);
  return toClientNode((await repo.find(id))!);
}

function pick(input: z.output<typeof UpdateClientInput>) {
  const out: Record<string, string | null> = {};
  for (const key of ['country', 'taxId', 'registrationNo'] as const)
    if (input[key] !== undefined) out[key] = input[key] ?? null;
  return out;
}

function taxCheck(fields: { country: string | null; taxId: string | null; registrationNo: string | null }) {
  const result = z
    .object({})
    .passthrough()
    .transform((v, c) => checkTaxFields(v as typeof fields, c))
    .safeParse(fields);
  if (!result.success) throw zodToGraphQLError(result.error, 'input');
  return result.data as typeof fields;
}

function stripUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

async function setDeleted(ctx: Context, globalId: string, version: number | null, deleted: boolean) {
  const viewer = requirePermission(ctx, 'clients.delete');
  const id = parseId(globalId, 'Client');
  const repo = new ClientsRepository(ctx.db);
  const existing: ClientRow = await guardClient(ctx, await repo.find(id), 'edit');
  if (version != null && existing.version !== version) throw conflict();
  if (Boolean(existing.deletedAt) === deleted) return toClientNode(existing);
  const ok = await repo.update(id, existing.version, {
    deletedAt: deleted ? new Date() : null,
    updatedById: viewer.user.id,
  });
  if (!ok) throw conflict();
  ctx.loaders.clientById.clear(id);
  return toClientNode((await repo.find(id))!);
}

export const deleteClient = (ctx: Context, id: string, version: number) => setDeleted(ctx, id, version, true);
export const restoreClient = (ctx: Context, id: string) => setDeleted(ctx, id, null, false);
