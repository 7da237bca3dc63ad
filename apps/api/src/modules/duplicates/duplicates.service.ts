// Duplicates: warnings while a client or person is entered, the page of candidate pairs, and merges.
import { ClientDuplicateProbe, MergeInput, PersonDuplicateProbe, validateClientTaxId } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, notFound, parseInput } from '../../graphql/errors.ts';
import { globalId, parseId } from '../../graphql/ids.ts';
import { toClientNode } from '../clients/index.ts';
import { toPersonNode } from '../persons/index.ts';
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

async function clientNodes(ctx: Context, rows: MatchRow[]) {
  const clients = await ctx.loaders.clientById.loadMany(rows.map((r) => r.id));
  return rows.flatMap((r, i) => {
    const c = clients[i];
    return c && !(c instanceof Error) ? [{ client: toClientNode(c), score: r.score, reasons: r.reasons }] : [];
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
  const persons = await ctx.loaders.personById.loadMany(rows.map((r) => r.id));
  return rows.flatMap((r, i) => {
    const person = persons[i];
    return person && !(person instanceof Error)
      ? [{ person: toPersonNode(person), score: r.score, reasons: r.reasons }]
      : [];
  });
}

async function nodesOf(ctx: Context, entity: 'CLIENT' | 'PERSON', ids: string[]) {
  if (entity === 'CLIENT')
    return (await ctx.loaders.clientById.loadMany(ids)).map((r) =>
      r && !(r instanceof Error) ? { ...toClientNode(r), __typename: 'Client' as const } : null,
    );
  return (await ctx.loaders.personById.loadMany(ids)).map((r) =>
    r && !(r instanceof Error) ? { ...toPersonNode(r), __typename: 'Person' as const } : null,
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

export async function mergeClients(ctx: Context, args: { keepId: string; mergeIds: string[] }) {
  requirePermission(ctx, 'clients.write');
  const viewer = requirePermission(ctx, 'clients.delete');
  const { keepId, mergeIds } = parseMerge(args, 'Client');
  const moved = await mergeClientsTx(ctx.db, keepId, mergeIds, viewer.user.id);
  if (!moved) throw notFound('Client');
  for (const id of [keepId, ...mergeIds]) ctx.loaders.clientById.clear(id);
  return toClientNode((await ctx.loaders.clientById.load(keepId))!);
}

export async function mergePersons(ctx: Context, args: { keepId: string; mergeIds: string[] }) {
  requirePermission(ctx, 'clients.write');
  const viewer = requirePermission(ctx, 'clients.delete');
  const { keepId, mergeIds } = parseMerge(args, 'Person');
  const moved = await mergePersonsTx(ctx.db, keepId, mergeIds, viewer.user.id);
  if (!moved) throw notFound('Person');
  for (const id of [keepId, ...mergeIds]) ctx.loaders.personById.clear(id);
  return toPersonNode((await ctx.loaders.personById.load(keepId))!);
}
