// GraphQL resolvers for saved list views: thin wrappers over the service; the owner loads in one batch per request.
import type { Context } from '../../graphql/context.ts';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import { toUserNode } from '../users/index.ts';
import * as savedViews from './saved-views.service.ts';

export const savedViewsResolvers: Resolvers<Context> = {
  Query: {
    savedViews: (_p, args, ctx) => savedViews.listSavedViews(ctx, args.entity ?? 'CLIENT'),
  },
  Mutation: {
    createSavedView: (_p, args, ctx) => savedViews.createSavedView(ctx, args.input),
    updateSavedView: (_p, args, ctx) => savedViews.updateSavedView(ctx, args),
    deleteSavedView: (_p, args, ctx) => savedViews.deleteSavedView(ctx, args.id),
  },
  SavedView: {
    // Owners are deleted with their views (ON DELETE CASCADE), so the row is always there.
    owner: async (view, _args, ctx) => toUserNode((await ctx.loaders.userById.load(view.ownerId))!),
  },
};
