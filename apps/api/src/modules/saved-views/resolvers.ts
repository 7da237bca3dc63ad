// GraphQL resolvers for saved list views: thin wrappers over the service.
import type { Resolvers } from '@veza/shared/resolvers';
import type { Context } from '../../graphql/context.ts';
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
};
