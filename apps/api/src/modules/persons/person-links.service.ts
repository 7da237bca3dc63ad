// A person's places and relations (seeds 002, 003): find a person by name or e-mail, link them to another client with
// a function there, relate two persons.
import { AddPersonRelationInput, LinkPersonToClientInput, PersonSearch } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, notFound, parseInput } from '../../graphql/errors.ts';
import { parseId } from '../../graphql/ids.ts';
import { clientScopeFilter, personsInScope, reachesClient } from '../visibility/index.ts';
import { toPersonNode } from './persons.mapper.ts';
import { guardPersonEdit } from './person-scope.ts';
import { PersonsRepository, type PersonNameKey } from './persons.repository.ts';

export async function searchPersons(
  ctx: Context,
  args: { search: string; first?: number | null; after?: string | null },
) {
  requirePermission(ctx, 'clients.read');
  const search = parseInput(PersonSearch, args.search, 'search');
  const first = pageSize(args.first);
  const cursor = decodeCursor(args.after, 3);
  const after = cursor ? (cursor.map(String) as PersonNameKey) : null;
  const repo = new PersonsRepository(ctx.db);
  const scope = clientScopeFilter(ctx.viewer!, 'read');
  const rows = await repo.searchPage(search, after, first + 1, scope);
  return toConnection(
    rows,
    first,
    after != null,
    (r) => [r.lastName, r.firstName, r.id],
    toPersonNode,
    () => repo.countSearch(search, scope),
  );
}

/** Adds an existing person to a client; the person keeps their other clients. */
export async function linkPersonToClient(ctx: Context, args: unknown) {
  requirePermission(ctx, 'clients.write');
  const input = parseInput(LinkPersonToClientInput, args, 'input');
  const personId = parseId(input.personId, 'Person', 'input.personId');
  const clientId = parseId(input.clientId, 'Client', 'input.clientId');
  const repo = new PersonsRepository(ctx.db);
  const person = await repo.find(personId);
  if (!person || person.deletedAt || !(await personsInScope(ctx.db, ctx.viewer!, 'read', [personId])).has(personId))
    throw badInput('input.personId', 'validation.unknownPerson');
  const [client] = await repo.liveClients([clientId]);
  if (!client || !(await reachesClient(ctx.db, ctx.viewer!, 'read', client)))
    throw badInput('input.clientId', 'validation.unknownClient');
  const link = { clientId, personId, role: input.role, isPrimary: input.isPrimary };
  if (!(await repo.link(link))) throw badInput('input.personId', 'validation.alreadyLinked');
  ctx.loaders.personLinksByClientId.clear(clientId);
  ctx.loaders.clientLinksByPersonId.clear(personId);
  return link;
}

export async function addRelation(ctx: Context, args: unknown) {
  requirePermission(ctx, 'clients.write');
  const input = parseInput(AddPersonRelationInput, args);
  const personId = parseId(input.personId, 'Person', 'personId');
  const relatedId = parseId(input.relatedPersonId, 'Person', 'relatedPersonId');
  if (personId === relatedId) throw badInput('relatedPersonId', 'validation.selfRelation');
  const repo = new PersonsRepository(ctx.db);
  const found = await repo.findByIds([personId, relatedId]);
  const inScope = await personsInScope(ctx.db, ctx.viewer!, 'read', [personId, relatedId]);
  if (found.length !== 2 || found.some((p) => p.deletedAt) || inScope.size !== 2) throw notFound('Person');
  await guardPersonEdit(ctx, personId);
  await repo.addRelation(personId, relatedId, input.kind);
  ctx.loaders.relationsByPersonId.clear(personId);
  return toPersonNode((await repo.find(personId))!);
}
