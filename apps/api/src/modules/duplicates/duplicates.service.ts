// Duplicates: warnings while a client or person is entered, the page of candidate pairs, and merges.
import { ClientDuplicateProbe, MergeInput, PersonDuplicateProbe, validateClientTaxId } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, forbidden, notFound, parseInput } from '../../graphql/errors.ts';
import { globalId, parseId } from '../../graphql/ids.ts';
import { guardClient, toClientNode } from '../clients/index.ts';
import { toPersonNode } from '../persons/index.ts';
import { personsInScope, readableClientIds } from '../visibility/index.ts';
import { DuplicatesRepository, type MatchRow, type PairPage } from './duplicates.repository.ts';
import { mergeClientsTx, mergePersonsTx } from './merge.repository.ts';

const MAX_MATCHES = 10;
/** Records scanned per page of candidate pairs: bounded work per request on a million rows. */
export const PAIR_SCAN = 2000;

const optionalId = (id: string | null | undefined, type: string, field: string) =>
  id ? parseId(id, type, field) : null;

/** A tax id compares in its stored (normalised) form when it is valid, else as typed. */
function normalisedTaxId(country: string | null, taxId: string | null) {
  if (!taxId) return null;
  const r = validateClientTaxId(country ?? '', taxId);
  return r.ok ? r.normalized : taxId;
}

/** The loaded clients among `ids` within the viewer's read scope (duplicates are told only among visible records). */
async function visibleClients(ctx: Context, ids: string[]) {
  const rows = await ctx.loaders.clientById.loadMany(ids);
  const found = rows.flatMap((r) => (r && !(r instanceof Error) ? [r] : []));
  const readable = await readableClientIds(ctx.db, ctx.viewer!, found);
  return rows.map((r) => (r && !(r instanceof Error) && readable.has(r.id) ? r : null));
}

async function visiblePersons(ctx: Context, ids: string[]) {
  const rows = await ctx.loaders.personById.loadMany(ids);
  const inScope = await personsInScope(ctx.db, ctx.viewer!, 'read', ids);
  return rows.map((r) => (r && !(r instanceof Error) && inScope.has(r.id) ? r : null));
}

async function clientNodes(ctx: Context, rows: MatchRow[]) {
  const clients = await visibleClients(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.flatMap((r, i) => {
    const c = clients[i];
    return c ? [{ client: toClientNode(c), score: r.score, reasons: r.reasons }] : [];
  });
}

export async function clientDuplicates(ctx: Context, probe: unknown) {
  requirePermission(ctx, 'clients.read');
  const p = parseInput(ClientDuplicateProbe, probe, 'probe');
  const hasKey = p.name.length >= 2 || p.taxId || p.registrationNo || p.emails.length || p.phones.length;
  if (!hasKey) return [];
  const rows = await new DuplicatesRepository(ctx.db).clientMatches(
    {
      name: p.name,
      city: p.city,
      taxId: normalisedTaxId(p.country, p.taxId),
      registrationNo: p.registrationNo,
      emails: p.emails,
      phones: p.phones,
      excludeId: optionalId(p.excludeId, 'Client', 'probe.excludeId'),
    },
    MAX_MATCHES,
  );
  return clientNodes(ctx, rows);
}

export async function personDuplicates(ctx: Context, probe: unknown) {
  requirePermission(ctx, 'clients.read');
  const p = parseInput(PersonDuplicateProbe, probe, 'probe');
  if (!p.lastName && !p.emails.length && !p.phones.length) return [];
  const rows = await new DuplicatesRepository(ctx.db).personMatches(
    {
      firstName: p.firstName,
      lastName: p.lastName,
      emails: p.emails,
      phones: p.phones,
      clientIds: (p.clientIds ?? []).map((id, i) => parseId(id, 'Client', `probe.clientIds.${i}`)),
      excludeId: optionalId(p.excludeId, 'Person', 'probe.excludeId'),
    },
    MAX_MATCHES,
  );
  const persons = await visiblePersons(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.flatMap((r, i) => {
    const person = persons[i];
    return person ? [{ person: toPersonNode(person), score: r.score, reasons: r.reasons }] : [];
  });
}

async function nodesOf(ctx: Context, entity: 'CLIENT' | 'PERSON', ids: string[]) {
  if (entity === 'CLIENT')
    return (await visibleClients(ctx, ids)).map((r) =>
      r ? { ...toClientNode(r), __typename: 'Client' as const } : null,
    );
  return (await visiblePersons(ctx, ids)).map((r) =>
    r ? { ...toPersonNode(r), __typename: 'Person' as const } : null,
  );
}

async function pairNodes(ctx: Context, entity: 'CLIENT' | 'PERSON', page: PairPage) {
  const nodes = await nodesOf(
    ctx,
    entity,
    page.pairs.flatMap((p) => [p.leftId, p.rightId]),
  );
  const pairs = page.pairs.flatMap((p, i) => {
    const [left, right] = [nodes[2 * i], nodes[2 * i + 1]];
    return left && right ? [{ left, right, score: p.score, reasons: p.reasons }] : [];
  });
  const type = entity === 'CLIENT' ? 'Client' : 'Person';
  return { pairs, hasNextPage: page.more, endCursor: page.lastId ? globalId(type, page.lastId) : null };
}

export async function duplicateCandidates(ctx: Context, args: { entity: 'CLIENT' | 'PERSON'; after?: string | null }) {
  requirePermission(ctx, 'clients.read');
  const type = args.entity === 'CLIENT' ? 'Client' : 'Person';
  const after = args.after ? parseId(args.after, type, 'after') : null;
  const repo = new DuplicatesRepository(ctx.db);
  const page =
    args.entity === 'CLIENT' ? await repo.clientPairs(after, PAIR_SCAN) : await repo.personPairs(after, PAIR_SCAN);
  return pairNodes(ctx, args.entity, page);
}

function parseMerge(args: unknown, type: string) {
  const input = parseInput(MergeInput, args);
  const keepId = parseId(input.keepId, type, 'keepId');
  const mergeIds = input.mergeIds.map((id, i) => parseId(id, type, `mergeIds.${i}`));
  if (mergeIds.includes(keepId)) throw badInput('mergeIds', 'duplicates.mergeIntoItself');
  return { keepId, mergeIds };
}

/** A merge changes every record it names: each within the viewer's edit scope (NOT_FOUND outside the read scope). */
async function guardAll(ctx: Context, type: 'Client' | 'Person', ids: string[]) {
  const viewer = ctx.viewer!;
  if (type === 'Person') {
    const [read, edit] = await Promise.all(
      (['read', 'edit'] as const).map((access) => personsInScope(ctx.db, viewer, access, ids)),
    );
    if (ids.some((id) => !read!.has(id))) throw notFound('Person');
    if (ids.some((id) => !edit!.has(id))) throw forbidden('clients.write');
    return;
  }
  const rows = (await ctx.loaders.clientById.loadMany(ids)).flatMap((r) => (r && !(r instanceof Error) ? [r] : []));
  if (rows.length !== new Set(ids).size) throw notFound('Client');
  for (const row of rows) await guardClient(ctx, row, 'edit');
}

export async function mergeClients(ctx: Context, args: { keepId: string; mergeIds: string[] }) {
  requirePermission(ctx, 'clients.write');
  const viewer = requirePermission(ctx, 'clients.delete');
  const { keepId, mergeIds } = parseMerge(args, 'Client');
  await guardAll(ctx, 'Client', [keepId, ...mergeIds]);
  const moved = await mergeClientsTx(ctx.db, keepId, mergeIds, viewer.user.id);
  if (!moved) throw notFound('Client');
  for (const id of [keepId, ...mergeIds]) ctx.loaders.clientById.clear(id);
  return toClientNode((await ctx.loaders.clientById.load(keepId))!);
}

export async function mergePersons(ctx: Context, args: { keepId: string; mergeIds: string[] }) {
  requirePermission(ctx, 'clients.write');
  const viewer = requirePermission(ctx, 'clients.delete');
  const { keepId, mergeIds } = parseMerge(args, 'Person');
  await guardAll(ctx, 'Person', [keepId, ...mergeIds]);
  const moved = await mergePersonsTx(ctx.db, keepId, mergeIds, viewer.user.id);
  if (!moved) throw notFound('Person');
  for (const id of [keepId, ...mergeIds]) ctx.loaders.personById.clear(id);
  return toPersonNode((await ctx.loaders.personById.load(keepId))!);
}
