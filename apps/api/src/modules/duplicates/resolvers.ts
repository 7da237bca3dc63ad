// GraphQL resolvers for duplicate warnings, candidate pairs and merges.
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import type { Context } from '../../graphql/context.ts';
import { linkedClient } from '../clients/index.ts';
import { toPersonNode } from '../persons/index.ts';
import * as duplicates from './duplicates.service.ts';

const mergedIntoOf = (parent: unknown) => (parent as { mergedIntoId?: string | null }).mergedIntoId ?? null;

export const duplicatesResolvers: Resolvers<Context> = {
  Query: {
    clientDuplicates: (_p, args, ctx) => duplicates.clientDuplicates(ctx, args.probe),
    personDuplicates: (_p, args, ctx) => duplicates.personDuplicates(ctx, args.probe),
    duplicateCandidates: (_p, args, ctx) => duplicates.duplicateCandidates(ctx, args),
  },
  Mutation: {
    mergeClients: (_p, args, ctx) => duplicates.mergeClients(ctx, args),
    mergePersons: (_p, args, ctx) => duplicates.mergePersons(ctx, args),
  },
  Client: {
    // The survivor only within the viewer's client read scope.
    mergedInto: (parent, _args, ctx) => linkedClient(ctx, mergedIntoOf(parent)),
  },
  Person: {
    mergedInto: async (parent, _args, ctx) => {
      const id = mergedIntoOf(parent);
      const row = id ? await ctx.loaders.personById.load(id) : null;
      return row ? toPersonNode(row) : null;
    },
  },
};
