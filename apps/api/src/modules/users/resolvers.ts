// GraphQL resolvers for users and permission profiles.
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import { tryParseId } from '../../graphql/ids.ts';
import { toProfileNode, toUserNode } from './users.mapper.ts';
import * as users from './users.service.ts';

export const usersResolvers: Resolvers<Context> = {
  Query: {
    users: (_p, args, ctx) => users.listUsers(ctx, args),
    user: (_p, args, ctx) => users.getUser(ctx, args.id),
    colleagues: (_p, args, ctx) => users.listColleagues(ctx, args),
    permissionProfiles: (_p, _args, ctx) => users.listProfiles(ctx),
    permissionCatalog: (_p, _args, ctx) => users.permissionCatalog(ctx),
  },
  Mutation: {
    createUser: (_p, args, ctx) => users.createUser(ctx, args.input),
    updateUser: (_p, args, ctx) => users.updateUser(ctx, args),
    createPermissionProfile: (_p, args, ctx) => users.createProfile(ctx, args.input),
    updatePermissionProfile: (_p, args, ctx) => users.updateProfile(ctx, args),
    deletePermissionProfile: (_p, args, ctx) => users.deleteProfile(ctx, args.id),
  },
  Me: {
    user: (viewer) => toUserNode(viewer.user),
  },
  User: {
    manager: async (user, _args, ctx) => {
      if (!user.managerId) return null;
      if (tryParseId(user.id!, 'User') !== ctx.viewer?.user.id) requirePermission(ctx, 'users.read');
      const row = await ctx.loaders.userById.load(user.managerId);
      return row ? toUserNode(row) : null;
    },
    profiles: async (user, _args, ctx) => {
      const id = tryParseId(user.id!, 'User');
      if (!id) return [];
      // A colleague reached through an activity or a campaign shows no permissions: only to users.read, or oneself.
      if (id !== ctx.viewer?.user.id) requirePermission(ctx, 'users.read');
      return (await ctx.loaders.profilesByUserId.load(id)).map(toProfileNode);
    },
  },
  PermissionProfile: {
    userCount: (profile, _args, ctx) => users.profileUserCount(ctx, profile.id!),
    users: (profile, args, ctx) => users.listUsers(ctx, { ...args, filter: { profileId: profile.id } }),
  },
};
