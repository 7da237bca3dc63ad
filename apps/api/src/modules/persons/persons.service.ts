// Contact persons: validation, client links, marketing consent bookkeeping, relations, soft delete.
import { CreatePersonInput, UpdatePersonInput } from '@veza/shared';
import { type z } from 'zod';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, conflict, notFound, parseInput } from '../../graphql/errors.ts';
import { parseId, tryParseId } from '../../graphql/ids.ts';
import { validatedAttributes } from '../attributes/index.ts';
import { readableClientIds } from '../visibility/index.ts';
import { toPersonNode } from './persons.mapper.ts';
import { guardPersonEdit, personReadable } from './person-scope.ts';
import { PersonsRepository, type PersonWrite } from './persons.repository.ts';

export async function getPerson(ctx: Context, id: string) {
  requirePermission(ctx, 'clients.read');
  const raw = tryParseId(id, 'Person');
  const row = raw ? await ctx.loaders.personById.load(raw) : null;
  return row && (await personReadable(ctx, row.id)) ? toPersonNode(row) : null;
}

async function resolveLinks(ctx: Context, links: z.output<typeof CreatePersonInput>['clients'], prefix: string) {
  const resolved = links.map((l, i) => ({
    ...l,
    clientId: parseId(l.clientId, 'Client', `${prefix}clients.${i}.clientId`),
  }));
  // A client outside the viewer's read scope is answered like one that does not exist.
  const live = await new PersonsRepository(ctx.db).liveClients(resolved.map((l) => l.clientId));
  const existing = await readableClientIds(ctx.db, ctx.viewer!, live);
  const missing = resolved.findIndex((l) => !existing.has(l.clientId));
  if (missing >= 0) throw badInput(`${prefix}clients.${missing}.clientId`, 'validation.unknownClient');
  if (new Set(resolved.map((l) => l.clientId)).size !== resolved.length)
    throw badInput(`${prefix}clients`, 'validation.duplicate');
  return resolved;
}

function toWrite(input: Partial<z.output<typeof CreatePersonInput>>, previousConsent: boolean | null): PersonWrite {
  const { clients: _links, attributes: _attrs, birthday, marketingConsent, ...rest } = input;
  const data: PersonWrite = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (birthday !== undefined) data.birthday = birthday ? new Date(`${birthday}T00:00:00Z`) : null;
  // Consent is evidence: record when it was given, and forget the date when it is withdrawn.
  if (marketingConsent != null && marketingConsent !== previousConsent) {
    data.marketingConsent = marketingConsent;
    data.consentAt = marketingConsent ? new Date() : null;
  }
  return data;
}

export async function createPerson(ctx: Context, args: unknown) {
  const viewer = requirePermission(ctx, 'clients.write');
  const input = parseInput(CreatePersonInput, args);
  const links = await resolveLinks(ctx, input.clients, '');
  const attributes = await validatedAttributes(ctx.db, 'PERSON', input.attributes ?? {}, undefined, '');
  const repo = new PersonsRepository(ctx.db);
  const id = await repo.create(
    {
      ...toWrite(input, null),
      phones: input.phones ?? [],
      emails: input.emails ?? [],
      attributes,
      createdById: viewer.user.id,
      updatedById: viewer.user.id,
    },
    links,
  );
  return toPersonNode((await repo.find(id))!);
}

export async function updatePerson(ctx: Context, args: { id: string; version: number; input: unknown }) {
  const viewer = requirePermission(ctx, 'clients.write');
  const id = parseId(args.id, 'Person');
  const input = parseInput(UpdatePersonInput, args.input, 'input');
  const repo = new PersonsRepository(ctx.db);
  const existing = await repo.find(id);
  if (!existing || existing.deletedAt) throw notFound('Person');
  await guardPersonEdit(ctx, id);
  if (existing.version !== args.version) throw conflict();
  const links = input.clients ? await resolveLinks(ctx, input.clients, 'input.') : undefined;
  const data = toWrite(input, existing.marketingConsent);
  if (input.attributes)
    data.attributes = await validatedAttributes(
      ctx.db,
      'PERSON',
      input.attributes,
      existing.attributes as Record<string, unknown>,
      'input.',
    );
  if (!(await repo.update(id, args.version, { ...data, updatedById: viewer.user.id }, links))) throw conflict();
  ctx.loaders.personById.clear(id);
  return toPersonNode((await repo.find(id))!);
}

async function setDeleted(ctx: Context, globalIdValue: string, version: number | null, deleted: boolean) {
  const viewer = requirePermission(ctx, 'clients.delete');
  const id = parseId(globalIdValue, 'Person');
  const repo = new PersonsRepository(ctx.db);
  const existing = await repo.find(id);
  if (!existing) throw notFound('Person');
  await guardPersonEdit(ctx, id);
  if (version != null && existing.version !== version) throw conflict();
  if (Boolean(existing.deletedAt) !== deleted) {
    const ok = await repo.update(id, existing.version, {
      deletedAt: deleted ? new Date() : null,
      updatedById: viewer.user.id,
    });
    if (!ok) throw conflict();
  }
  return toPersonNode((await repo.find(id))!);
}

export const deletePerson = (ctx: Context, id: string, version: number) => setDeleted(ctx, id, version, true);
export const restorePerson = (ctx: Context, id: string) => setDeleted(ctx, id, null, false);

export async function removeRelation(ctx: Context, id: string) {
  requirePermission(ctx, 'clients.write');
  const repo = new PersonsRepository(ctx.db);
  const relation = await repo.findRelation(parseId(id, 'PersonRelation'));
  if (!relation) throw notFound('PersonRelation');
  await guardPersonEdit(ctx, relation.personId);
  await repo.removeRelation(relation.id);
  ctx.loaders.relationsByPersonId.clear(relation.personId);
  return toPersonNode((await repo.find(relation.personId))!);
}
