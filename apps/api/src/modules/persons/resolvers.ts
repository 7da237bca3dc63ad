// GraphQL resolvers for contact persons and client ↔ person links.
import type { Context } from '../../graphql/context.ts';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import { globalId } from '../../graphql/ids.ts';
import { toClientNode } from '../clients/index.ts';
import { personsInScope, readableClientIds } from '../visibility/index.ts';
import { toPersonNode } from './persons.mapper.ts';
import * as links from './person-links.service.ts';
import * as persons from './persons.service.ts';

async function linkNode(
  ctx: Context,
  link: { clientId: string; personId: string; role: string | null; isPrimary: boolean },
) {
  const [client, person] = await Promise.all([
    ctx.loaders.clientById.load(link.clientId),
    ctx.loaders.personById.load(link.personId),
  ]);
  return { client: toClientNode(client!), person: toPersonNode(person!), role: link.role, isPrimary: link.isPrimary };
}

export const personsResolvers: Resolvers<Context> = {
  Query: {
    person: (_p, args, ctx) => persons.getPerson(ctx, args.id),
    persons: (_p, args, ctx) => links.searchPersons(ctx, args),
  },
  Mutation: {
    createPerson: (_p, args, ctx) => persons.createPerson(ctx, args.input),
    updatePerson: (_p, args, ctx) => persons.updatePerson(ctx, args),
    deletePerson: (_p, args, ctx) => persons.deletePerson(ctx, args.id, args.version),
    restorePerson: (_p, args, ctx) => persons.restorePerson(ctx, args.id),
    addPersonRelation: (_p, args, ctx) => links.addRelation(ctx, args),
    linkPersonToClient: async (_p, args, ctx) => linkNode(ctx, await links.linkPersonToClient(ctx, args.input)),
    removePersonRelation: (_p, args, ctx) => persons.removeRelation(ctx, args.id),
  },
  Client: {
    persons: async (parent, _args, ctx) => {
      const links = await ctx.loaders.personLinksByClientId.load(parent.rowId);
      return Promise.all(links.map((l) => linkNode(ctx, l)));
    },
  },
  Person: {
    // Only the clients the viewer reads: a person at a visible client may also work at hidden ones.
    clients: async (parent, _args, ctx) => {
      const links = await ctx.loaders.clientLinksByPersonId.load(parent.rowId);
      const rows = await ctx.loaders.clientById.loadMany(links.map((l) => l.clientId));
      const found = rows.flatMap((r) => (r && !(r instanceof Error) ? [r] : []));
      const readable = await readableClientIds(ctx.db, ctx.viewer!, found);
      return Promise.all(links.filter((l) => readable.has(l.clientId)).map((l) => linkNode(ctx, l)));
    },
    relations: async (parent, _args, ctx) => {
      const relations = await ctx.loaders.relationsByPersonId.load(parent.rowId);
      const people = await ctx.loaders.personById.loadMany(relations.map((r) => r.relatedPersonId));
      const ids = relations.map((r) => r.relatedPersonId);
      const inScope = await personsInScope(ctx.db, ctx.viewer!, 'read', ids);
      return relations.flatMap((r, i) => {
        const person = people[i];
        if (!person || person instanceof Error || person.deletedAt || !inScope.has(person.id)) return [];
        return [{ id: globalId('PersonRelation', r.id), kind: r.kind, person: toPersonNode(person) }];
      });
    },
  },
};
