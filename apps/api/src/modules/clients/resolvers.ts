// GraphQL resolvers for clients.
import type { Resolvers } from '@veza/shared/resolvers';
import type { Context } from '../../graphql/context.ts';
import { toUserNode } from '../users/users.mapper.ts';
import { asClientNode } from './clients.mapper.ts';
import * as clients from './clients.service.ts';

const dictionaryField =
  (column: 'statusId' | 'segmentId' | 'industryId' | 'leadSourceId') =>
  async (parent: unknown, _args: unknown, ctx: Context) => {
    const id = asClientNode(parent)[column];
    return id ? ((await ctx.loaders.dictionaryValueById.load(id))?.node ?? null) : null;
  };

const userField =
  (column: 'accountManagerId' | 'createdById' | 'updatedById') =>
  async (parent: unknown, _args: unknown, ctx: Context) => {
    const id = asClientNode(parent)[column];
    const row = id ? await ctx.loaders.userById.load(id) : null;
    return row ? toUserNode(row) : null;
  };

export const clientsResolvers: Resolvers<Context> = {
  Query: {
    clients: (_p, args, ctx) => clients.listClients(ctx, args),
    client: (_p, args, ctx) => clients.getClient(ctx, args.id),
  },
  Mutation: {
    createClient: (_p, args, ctx) => clients.createClient(ctx, args.input),
    updateClient: (_p, args, ctx) => clients.updateClient(ctx, args),
    deleteClient: (_p, args, ctx) => clients.deleteClient(ctx, args.id, args.version),
    restoreClient: (_p, args, ctx) => clients.restoreClient(ctx, args.id),
  },
  Client: {
    status: dictionaryField('statusId'),
    segment: dictionaryField('segmentId'),
    industry: dictionaryField('industryId'),
    leadSource: dictionaryField('leadSourceId'),
    accountManager: userField('accountManagerId'),
    createdBy: userField('createdById'),
    updatedBy: userField('updatedById'),
  },
};
