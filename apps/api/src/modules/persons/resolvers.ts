// GraphQL resolvers for contact persons and client ↔ person links.
import type { Context } from '../../graphql/context.ts';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import { globalId } from '../../graphql/ids.ts';
import { toClientNode } from '../clients/index.ts';
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
    // Only the clients the viewer reads: a person at a visible client may also work at hidden ones. The links and the
    // clients with their readability come from batch loaders, so a list of persons costs one statement for each.
    clients: async (parent, _args, ctx) => {
      const links = await ctx.loaders.clientLinksByPersonId.load(parent.rowId);
      const [clients, person] = await Promise.all([
        ctx.loaders.linkedClientById.loadMany(links.map((l) => l.clientId)),
        ctx.loaders.personById.load(parent.rowId),
      ]);
      return links.flatMap((link, i) => {
        const client = clients[i];
        if (!person || !client || client instanceof Error || !client.readable) return [];
        return [
          { client: toClientNode(client), person: toPersonNode(person), role: link.role, isPrimary: link.isPrimary },
        ];
      });
    },
    relations: async (parent, _args, ctx) => {
      const relations = await ctx.loaders.relationsByPersonId.load(parent.rowId);
      const ids = relations.map((r) => r.relatedPersonId);
      const [people, inScope] = await Promise.all([
        ctx.loaders.personById.loadMany(ids),
        ctx.loaders.personReadable.loadMany(ids),
      ]);
      return relations.flatMap((r, i) => {
        const person = people[i];
        if (!person || person instanceof Error || person.deletedAt || inScope[i] !== true) return [];
        return [{ id: globalId('PersonRelation', r.id), kind: r.kind, person: toPersonNode(person) }];
      });
    },
  },
};
