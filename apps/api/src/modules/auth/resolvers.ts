// GraphQL resolvers for login, logout, me and the caller's own settings. `Me` is the Viewer itself; its `user`
// field is resolved by the users module (which owns the User node), so auth does not depend on users.
import type { Context } from '../../graphql/context.ts';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import * as auth from './auth.service.ts';

export const authResolvers: Resolvers<Context> = {
  Query: {
    me: (_parent, _args, ctx) => ctx.viewer,
  },
  Mutation: {
    login: (_parent, args, ctx) => auth.login(ctx, args),
    logout: (_parent, _args, ctx) => auth.logout(ctx),
    changeMyPassword: (_parent, args, ctx) => auth.changeMyPassword(ctx, args),
    updateMyPreferences: (_parent, args, ctx) => auth.updateMyPreferences(ctx, args.input),
  },
  Me: {
    permissions: (viewer) => [...viewer.permissions].sort(),
  },
};
