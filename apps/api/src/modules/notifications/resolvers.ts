// GraphQL resolvers for the caller's notifications and notification settings.
import type { Resolvers } from '@veza/shared/resolvers';
import type { Context } from '../../graphql/context.ts';
import * as notifications from './notifications.service.ts';

export const notificationsResolvers: Resolvers<Context> = {
  Query: {
    notifications: (_p, args, ctx) => notifications.listNotifications(ctx, args),
    unreadNotificationCount: (_p, _args, ctx) => notifications.unreadCount(ctx),
    notificationSettings: (_p, _args, ctx) => notifications.getSettings(ctx),
  },
  Mutation: {
    markNotificationsRead: (_p, args, ctx) => notifications.markRead(ctx, args),
    updateNotificationSettings: (_p, args, ctx) => notifications.updateSettings(ctx, args),
  },
};
