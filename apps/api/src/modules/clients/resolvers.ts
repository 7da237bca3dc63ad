// GraphQL resolvers for clients.
import type { Context } from '../../graphql/context.ts';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import { cachedDictionaryNode } from '../dictionaries/index.ts';
import { toUserNode } from '../users/index.ts';
import type { ClientNode } from './clients.mapper.ts';
import * as clients from './clients.service.ts';

const dictionaryField =
  (column: 'statusId' | 'segmentId' | 'industryId' | 'leadSourceId') =>
  (parent: ClientNode, _args: unknown, ctx: Context) => {
    const id = parent[column];
    if (!id) return null;
    return cachedDictionaryNode(ctx.db, id) ?? ctx.loaders.dictionaryValueById.load(id).then((v) => v?.node ?? null);
  };

const userField =
  (column: 'accountManagerId' | 'createdById' | 'updatedById') =>
  async (parent: ClientNode, _args: unknown, ctx: Context) => {
    const id = parent[column];
    const row = id ? await ctx.loaders.userById.load(id) : null;
    return row ? toUserNode(row) : null;
  };

export const clientsResolvers: Resolvers<Context> = {
  Query: {
    clients: (_p, args, ctx) => clients.listClients(ctx, args),
    client: (_p, args, ctx) => clients.getClient(ctx, args.id),
  },
  Mutation: {
    createClient: (_p, args, ctx) => clients.createClient(ctx, args.input, args.idempotencyKey),
    updateClient: (_p, args, ctx) => clients.updateClient(ctx, args),
    deleteClient: (_p, args, ctx) => clients.deleteClient(ctx, args.id, args.version),
    restoreClient: (_p, args, ctx) => clients.restoreClient(ctx, args.id),
  },
  Client: {
    status: dictionaryField('statusId'),
    segment: dictionaryField('segmentId'),
    industry: dictionaryField('industryId'),
    leadSource: dictionaryField('leadSourceId'),
    // A list page carries its managers (read with the page): mapped here without a loader round trip.
    accountManager: (parent, args, ctx) => {
      const carried = parent.accountManager;
      if (carried !== undefined) return carried && toUserNode(carried);
      return userField('accountManagerId')(parent, args, ctx);
    },
    createdBy: userField('createdById'),
    updatedBy: userField('updatedById'),
  },
};
