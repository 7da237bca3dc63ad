// GraphQL resolvers for mail settings, sender profiles and queued messages.
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import type { Context } from '../../graphql/context.ts';
import { myMailProfile, updateMyMailProfile } from './mail-profile.service.ts';
import { emailMessage, sendTestEmail } from './mail-send.service.ts';
import { mailSettings, updateMailSettings } from './mail-settings.service.ts';

export const mailResolvers: Resolvers<Context> = {
  Query: {
    mailSettings: (_p, _a, ctx) => mailSettings(ctx),
    myMailProfile: (_p, _a, ctx) => myMailProfile(ctx),
    emailMessage: (_p, args, ctx) => emailMessage(ctx, args),
  },
  Mutation: {
    updateMailSettings: (_p, args, ctx) => updateMailSettings(ctx, args),
    sendTestEmail: (_p, args, ctx) => sendTestEmail(ctx, args),
    updateMyMailProfile: (_p, args, ctx) => updateMyMailProfile(ctx, args),
  },
};
