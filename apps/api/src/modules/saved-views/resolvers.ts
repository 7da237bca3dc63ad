// GraphQL resolvers for saved list views: thin wrappers over the service; the owner loads in one batch per request.
import type { Resolvers } from '@veza/shared/resolvers';
import type { Context } from '../../graphql/context.ts';
import { toUserNode } from '../users/users.mapper.ts';
import { asSavedViewNode } from './saved-views.mapper.ts';
import * as savedViews from './saved-views.service.ts';

export const savedViewsResolvers: Resolvers<Context> = {
  Query: {
    savedViews: (_p, _args, ctx) => savedViews.listSavedViews(ctx),
  },
  Mutation: {
    createSavedView: (_p, args, ctx) => savedViews.createSavedView(ctx, args.input),
    updateSavedView: (_p, args, ctx) => savedViews.updateSavedView(ctx, args),
    deleteSavedView: (_p, args, ctx) => savedViews.deleteSavedView(ctx, args.id),
  },
  SavedView: {
    // Owners are deleted with their views (ON DELETE CASCADE), so the row is always there.
    owner: async (view, _args, ctx) => toUserNode((await ctx.loaders.userById.load(asSavedViewNode(view).ownerId))!),
  },
};
