// GraphQL resolvers for birthdays and name days.
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import type { Context } from '../../graphql/context.ts';
import { upcomingCelebrations } from './celebrations.service.ts';

export const celebrationsResolvers: Resolvers<Context> = {
  Query: {
    upcomingCelebrations: (_p, args, ctx) => upcomingCelebrations(ctx, args),
  },
};
