// GraphQL resolvers for the viewer's calendar subscription and the activity's .ics download path.
import type { Context } from '../../graphql/context.ts';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import * as feeds from './calendar-feed.service.ts';

export const calendarFeedResolvers: Resolvers<Context> = {
  Query: {
    myCalendarFeed: (_p, _args, ctx) => feeds.myCalendarFeed(ctx),
  },
  Mutation: {
    regenerateCalendarFeed: (_p, _args, ctx) => feeds.regenerateCalendarFeed(ctx),
    revokeCalendarFeed: (_p, _args, ctx) => feeds.revokeCalendarFeed(ctx),
  },
  Activity: {
    icsUrl: (parent) => `/ics/activities/${encodeURIComponent(parent.id)}`,
  },
};
