// GraphQL resolvers for the caller's API tokens.
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import type { Context } from '../../graphql/context.ts';
import * as tokens from './api-tokens.service.ts';

export const apiTokensResolvers: Resolvers<Context> = {
  Query: {
    apiTokens: (_p, _args, ctx) => tokens.listMyTokens(ctx),
  },
  Mutation: {
    createApiToken: (_p, args, ctx) => tokens.createToken(ctx, args),
    revokeApiToken: (_p, args, ctx) => tokens.revokeToken(ctx, args.id),
  },
};
