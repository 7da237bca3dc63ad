// GraphQL resolvers for login, logout, me and the caller's own settings.
import type { Resolvers } from '@veza/shared/resolvers';
import type { Context, Viewer } from '../../graphql/context.ts';
import { toUserNode } from '../users/users.mapper.ts';
import * as auth from './auth.service.ts';

function toMe(viewer: Viewer) {
  return { user: toUserNode(viewer.user), permissions: [...viewer.permissions].sort(), via: viewer.via };
}

export const authResolvers: Resolvers<Context> = {
  Query: {
    me: (_parent, _args, ctx) => (ctx.viewer ? toMe(ctx.viewer) : null),
  },
  Mutation: {
    login: async (_parent, args, ctx) => toMe(await auth.login(ctx, args)),
    logout: (_parent, _args, ctx) => auth.logout(ctx),
    changeMyPassword: (_parent, args, ctx) => auth.changeMyPassword(ctx, args),
    updateMyPreferences: async (_parent, args, ctx) => toMe(await auth.updateMyPreferences(ctx, args.input)),
  },
};
