// GraphQL resolvers for teams and the viewer's record scopes.
import { RECORD_KINDS } from '@veza/shared';
import type { Context } from '../../graphql/context.ts';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import { toUserNode, type UserRow } from '../users/index.ts';
import * as teams from './teams.service.ts';

export const teamsResolvers: Resolvers<Context> = {
  Query: {
    teams: (_p, _args, ctx) => teams.listTeams(ctx),
  },
  Mutation: {
    createTeam: (_p, args, ctx) => teams.createTeam(ctx, args.input),
    updateTeam: (_p, args, ctx) => teams.updateTeam(ctx, args),
  },
  Team: {
    manager: async (team, _args, ctx) => {
      const row = team.managerId ? await ctx.loaders.userById.load(team.managerId) : null;
      return row ? toUserNode(row) : null;
    },
    members: async (team, _args, ctx) => {
      const rows = await ctx.loaders.userById.loadMany(team.memberIds);
      return rows
        .filter((r): r is UserRow => r != null && !(r instanceof Error))
        .map(toUserNode)
        .sort((a, b) => a.name.localeCompare(b.name));
    },
  },
  Me: {
    scopes: (viewer) => RECORD_KINDS.map((kind) => ({ kind, ...viewer.scopes[kind] })),
  },
};
