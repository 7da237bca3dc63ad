// GraphQL resolvers for mail settings, sender profiles, queued messages, templates and salutations.
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import type { Context } from '../../graphql/context.ts';
import {
  createEmailTemplate,
  emailTemplates,
  previewEmailTemplate,
  updateEmailTemplate,
} from './email-templates.service.ts';
import { clientEmailMessages, sendEmail } from './email-send.service.ts';
import { myMailProfile, updateMyMailProfile } from './mail-profile.service.ts';
import { emailMessage, sendTestEmail } from './mail-send.service.ts';
import { mailSettings, updateMailSettings } from './mail-settings.service.ts';
import { suggestSalutation } from './salutation.ts';
import { setPersonSalutation } from './salutation.service.ts';

export const mailResolvers: Resolvers<Context> = {
  Query: {
    mailSettings: (_p, _a, ctx) => mailSettings(ctx),
    myMailProfile: (_p, _a, ctx) => myMailProfile(ctx),
    emailMessage: (_p, args, ctx) => emailMessage(ctx, args),
    emailTemplates: (_p, args, ctx) => emailTemplates(ctx, args),
    previewEmailTemplate: (_p, args, ctx) => previewEmailTemplate(ctx, args),
  },
  Mutation: {
    updateMailSettings: (_p, args, ctx) => updateMailSettings(ctx, args),
    sendTestEmail: (_p, args, ctx) => sendTestEmail(ctx, args),
    updateMyMailProfile: (_p, args, ctx) => updateMyMailProfile(ctx, args),
    createEmailTemplate: (_p, args, ctx) => createEmailTemplate(ctx, args),
    updateEmailTemplate: (_p, args, ctx) => updateEmailTemplate(ctx, args),
    setPersonSalutation: (_p, args, ctx) => setPersonSalutation(ctx, args),
    sendEmail: (_p, args, ctx) => sendEmail(ctx, args),
  },
  Client: {
    emailMessages: (client, args, ctx) => clientEmailMessages(ctx, client.rowId, args),
  },
  Person: {
    suggestedSalutation: (person, args) => suggestSalutation(args.language, person.firstName, person.lastName),
  },
};
