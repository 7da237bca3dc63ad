// GraphQL resolvers for mail settings, sender profiles, queued messages, templates and salutations.
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import type { Context } from '../../graphql/context.ts';
import {
  createEmailTemplate,
  emailTemplates,
  previewEmailTemplate,
  updateEmailTemplate,
} from './email-templates.service.ts';
import { campaignFailures, emailCampaign, emailCampaigns } from './email-campaigns-read.service.ts';
import {
  approveEmailCampaign,
  cancelEmailCampaign,
  createEmailCampaign,
  pauseEmailCampaign,
  resumeEmailCampaign,
  returnEmailCampaign,
  submitEmailCampaign,
  updateEmailCampaign,
} from './email-campaigns.service.ts';
import { clientEmailMessages, sendEmail } from './email-send.service.ts';
import { opportunityEmailMessages } from './opportunity-emails.service.ts';
import {
  addMailingGroupMembers,
  createMailingGroup,
  mailingGroup,
  mailingGroupCategories,
  mailingGroupFilterPreview,
  mailingGroupMembers,
  mailingGroups,
  removeMailingGroupMembers,
} from './mailing-groups.service.ts';
import { importMailingGroupMembers } from './mailing-group-import.service.ts';
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
    mailingGroupCategories: (_p, _a, ctx) => mailingGroupCategories(ctx),
    mailingGroups: (_p, _a, ctx) => mailingGroups(ctx),
    mailingGroup: (_p, args, ctx) => mailingGroup(ctx, args),
    mailingGroupFilterPreview: (_p, args, ctx) => mailingGroupFilterPreview(ctx, args),
    emailCampaigns: (_p, args, ctx) => emailCampaigns(ctx, args),
    emailCampaign: (_p, args, ctx) => emailCampaign(ctx, args),
  },
  Mutation: {
    updateMailSettings: (_p, args, ctx) => updateMailSettings(ctx, args),
    sendTestEmail: (_p, args, ctx) => sendTestEmail(ctx, args),
    updateMyMailProfile: (_p, args, ctx) => updateMyMailProfile(ctx, args),
    createEmailTemplate: (_p, args, ctx) => createEmailTemplate(ctx, args),
    updateEmailTemplate: (_p, args, ctx) => updateEmailTemplate(ctx, args),
    setPersonSalutation: (_p, args, ctx) => setPersonSalutation(ctx, args),
    sendEmail: (_p, args, ctx) => sendEmail(ctx, args),
    createMailingGroup: (_p, args, ctx) => createMailingGroup(ctx, args),
    addMailingGroupMembers: (_p, args, ctx) => addMailingGroupMembers(ctx, args),
    importMailingGroupMembers: (_p, args, ctx) => importMailingGroupMembers(ctx, args),
    removeMailingGroupMembers: (_p, args, ctx) => removeMailingGroupMembers(ctx, args),
    createEmailCampaign: (_p, args, ctx) => createEmailCampaign(ctx, args),
    updateEmailCampaign: (_p, args, ctx) => updateEmailCampaign(ctx, args),
    submitEmailCampaign: (_p, args, ctx) => submitEmailCampaign(ctx, args),
    approveEmailCampaign: (_p, args, ctx) => approveEmailCampaign(ctx, args),
    returnEmailCampaign: (_p, args, ctx) => returnEmailCampaign(ctx, args),
    cancelEmailCampaign: (_p, args, ctx) => cancelEmailCampaign(ctx, args),
    pauseEmailCampaign: (_p, args, ctx) => pauseEmailCampaign(ctx, args),
    resumeEmailCampaign: (_p, args, ctx) => resumeEmailCampaign(ctx, args),
  },
  EmailCampaign: {
    failures: (campaign, args, ctx) => campaignFailures(ctx, campaign.id ?? '', args),
  },
  MailingGroup: {
    members: (group, args, ctx) => mailingGroupMembers(ctx, group.id ?? '', args),
  },
  Client: {
    emailMessages: (client, args, ctx) => clientEmailMessages(ctx, client.rowId, args),
  },
  Opportunity: {
    emailMessages: (opportunity, args, ctx) => opportunityEmailMessages(ctx, opportunity.id ?? '', args),
  },
  Person: {
    suggestedSalutation: (person, args) => suggestSalutation(args.language, person.firstName, person.lastName),
  },
};
