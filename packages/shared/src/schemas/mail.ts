// Inputs of the mail settings, the per-user sender profile and the test e-mail (issue 16, e-mail).
import { z } from 'zod';

export const MAIL_SECURITIES = ['NONE', 'STARTTLS', 'TLS'] as const;

/** A header value (subject, display name): a line break would let the text inject headers, so it is refused. */
export const headerText = (max: number) =>
  z
    .string()
    .max(max, 'validation.tooLong')
    .refine((v) => !/[\r\n]/.test(v), 'mail.validation.lineBreak')
    .transform((v) => v.trim());

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .nullish()
    .transform((v) => v || null);

const mailAddress = z.string().trim().toLowerCase().max(254, 'validation.tooLong').pipe(z.email('validation.email'));

/** A host name or an IP address, no scheme, no port. */
const host = z
  .string()
  .trim()
  .max(253, 'validation.tooLong')
  .regex(/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$|^\[?[0-9A-Fa-f:.]+\]?$/, 'mail.validation.host')
  .nullish()
  .transform((v) => v || null);

const CA_PEM = /^(-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+-----END CERTIFICATE-----\s*)+$/;

const DKIM_KEY = /^-----BEGIN (RSA )?PRIVATE KEY-----[\s\S]+-----END (RSA )?PRIVATE KEY-----\s*$/;

/**
 * Saved as a whole (with `version`). Secrets: `password` / `dkimPrivateKey` absent or null keeps the stored value,
 * "" removes it, any other text replaces it. They are never sent back.
 */
export const UpdateMailSettingsInput = z
  .object({
    host,
    port: z.number().int('validation.integer').min(1, 'validation.invalid').max(65535, 'validation.invalid'),
    security: z.enum(MAIL_SECURITIES),
    username: optionalText(254),
    password: z.string().max(1000, 'validation.tooLong').nullish(),
    fromAddress: mailAddress.nullish().or(z.literal('').transform(() => null)),
    fromName: headerText(120).nullish(),
    ratePerSecond: z.number().int('validation.integer').min(1, 'validation.invalid').max(1000, 'validation.invalid'),
    dkimDomain: optionalText(253).refine(
      (v) => v === null || /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(v),
      'mail.validation.host',
    ),
    dkimSelector: optionalText(63).refine((v) => v === null || /^[a-z0-9][a-z0-9._-]*$/i.test(v), 'validation.invalid'),
    dkimPrivateKey: z
      .string()
      .max(10_000, 'validation.tooLong')
      .refine((v) => v === '' || DKIM_KEY.test(v.trim()), 'mail.validation.dkimKey')
      .nullish(),
    /** null keeps the stored choice. */
    allowSelfApproval: z.boolean().nullish(),
    /** PEM certificates trusted for the relay's TLS besides the system CAs; null or "" = system CAs only. */
    tlsCaCert: z
      .string()
      .trim()
      .max(50_000, 'validation.tooLong')
      .refine((v) => v === '' || CA_PEM.test(v), 'mail.validation.caCert')
      .nullish()
      .transform((v) => v || null),
    version: z.number().int(),
  })
  .superRefine((v, ctx) => {
    if (Boolean(v.dkimDomain) !== Boolean(v.dkimSelector))
      ctx.addIssue({
        code: 'custom',
        message: 'mail.validation.dkimPair',
        path: [v.dkimDomain ? 'dkimSelector' : 'dkimDomain'],
      });
  });
export type UpdateMailSettingsInput = z.input<typeof UpdateMailSettingsInput>;

export const SendTestEmailInput = z.object({ to: mailAddress });
export type SendTestEmailInput = z.input<typeof SendTestEmailInput>;

/** The caller's own sender name and signature (HTML, sanitised by the API). */
export const UpdateMailProfileInput = z.object({
  fromName: headerText(120).nullish(),
  signature: z.string().max(20_000, 'validation.tooLong').nullish(),
  version: z.number().int(),
});
export type UpdateMailProfileInput = z.input<typeof UpdateMailProfileInput>;

export const MAIL_LANGUAGES = ['en', 'pl', 'hr', 'cs'] as const;

const templateName = z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong');
/** The subject (one line, merge fields allowed) of a template or message. */
export const mailSubject = headerText(300).pipe(z.string().min(1, 'validation.required'));
const bodyHtml = z.string().min(1, 'validation.required').max(500_000, 'validation.tooLong');

export const EmailTemplateInput = z.object({
  name: templateName,
  language: z.enum(MAIL_LANGUAGES).default('en'),
  subject: mailSubject,
  bodyHtml,
});
export type EmailTemplateInput = z.input<typeof EmailTemplateInput>;

export const UpdateEmailTemplateInput = EmailTemplateInput.extend({ version: z.number().int() });
export type UpdateEmailTemplateInput = z.input<typeof UpdateEmailTemplateInput>;

/** A template's content (saved or not) rendered for one person (global id) of one of their clients. */
export const PreviewEmailTemplateInput = z.object({
  language: z.enum(MAIL_LANGUAGES).default('en'),
  subject: mailSubject,
  bodyHtml,
  personId: z.string().min(1, 'validation.required'),
  clientId: z.string().min(1).nullish(),
});
export type PreviewEmailTemplateInput = z.input<typeof PreviewEmailTemplateInput>;

/** null or "" goes back to the suggested salutation. */
export const SetPersonSalutationInput = z.object({
  personId: z.string().min(1, 'validation.required'),
  salutation: headerText(200).nullish(),
});
export type SetPersonSalutationInput = z.input<typeof SetPersonSalutationInput>;

/** A one-off e-mail from a client's page (or a person, opportunity or activity of that client) to chosen persons. */
export const SendEmailInput = z.object({
  clientId: z.string().min(1, 'validation.required'),
  personIds: z.array(z.string().min(1)).min(1, 'mail.validation.noRecipients').max(50, 'validation.tooMany'),
  language: z.enum(MAIL_LANGUAGES).default('en'),
  subject: mailSubject,
  bodyHtml,
  /** Files of the client, of the chosen persons, or of the record it is sent from (opportunity, activity). */
  attachmentIds: z.array(z.string().min(1)).max(10, 'validation.tooMany').default([]),
  /** The template it started from: the template's attachments go with every message. */
  templateId: z.string().min(1).nullish(),
  /** Sent from an opportunity of the client: the logged activities belong to it. */
  opportunityId: z.string().min(1).nullish(),
  /** Sent from an activity of the client: the logged activities follow it in its thread. */
  activityId: z.string().min(1).nullish(),
});
export type SendEmailInput = z.input<typeof SendEmailInput>;

const groupName = z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong');

export const CreateMailingGroupInput = z.object({
  name: groupName,
  /** A category by name: created when new. */
  category: z
    .string()
    .trim()
    .max(200, 'validation.tooLong')
    .nullish()
    .transform((v) => v || null),
});
export type CreateMailingGroupInput = z.input<typeof CreateMailingGroupInput>;

/**
 * Members by ticked persons, or by a client filter (the consenting persons with an address of the matching clients):
 * `dynamic` keeps the filter on the group (re-evaluated when a campaign starts), else its matches are added now.
 */
export const AddMailingGroupMembersInput = z
  .object({
    groupId: z.string().min(1, 'validation.required'),
    personIds: z.array(z.string().min(1)).max(1000, 'validation.tooMany').nullish(),
    filter: z.unknown().nullish(),
    dynamic: z.boolean().nullish(),
  })
  .refine((v) => (v.personIds?.length ?? 0) > 0 || v.filter != null, {
    message: 'validation.required',
    path: ['personIds'],
  });
export type AddMailingGroupMembersInput = z.input<typeof AddMailingGroupMembersInput>;

export const EMAIL_CAMPAIGN_STATES = [
  'PREPARATION',
  'AWAITING_APPROVAL',
  'APPROVED',
  'SENDING',
  'PAUSED',
  'SENT',
  'CANCELLED',
] as const;

export const EmailCampaignInput = z.object({
  name: groupName,
  language: z.enum(MAIL_LANGUAGES).default('en'),
  subject: mailSubject,
  bodyHtml,
  groupIds: z.array(z.string().min(1)).max(50, 'validation.tooMany').default([]),
  scheduledAt: z.iso.datetime({ offset: true, message: 'validation.date' }).nullish(),
  /** The template the content came from: its files go with every mail of the campaign. */
  templateId: z.string().min(1).nullish(),
});
export type EmailCampaignInput = z.input<typeof EmailCampaignInput>;

export const UpdateEmailCampaignInput = EmailCampaignInput.extend({ version: z.number().int() });
export type UpdateEmailCampaignInput = z.input<typeof UpdateEmailCampaignInput>;

/** A state change: the version the caller saw, and a note (why it was sent back or cancelled). */
export const EmailCampaignTransitionInput = z.object({
  id: z.string().min(1, 'validation.required'),
  version: z.number().int(),
  note: z.string().trim().max(2000, 'validation.tooLong').nullish(),
});
export type EmailCampaignTransitionInput = z.input<typeof EmailCampaignTransitionInput>;

/** Members from an uploaded XLSX/CSV, joined on its e-mail column (0-based) with persons' addresses. */
export const ImportMailingGroupMembersInput = z.object({
  groupId: z.string().min(1, 'validation.required'),
  fileId: z.string().min(1, 'validation.required'),
  emailColumn: z.number().int().min(0, 'validation.required').max(199, 'validation.invalid'),
  /** The first row holds column names (not counted). */
  hasHeader: z.boolean().default(true),
});
export type ImportMailingGroupMembersInput = z.input<typeof ImportMailingGroupMembersInput>;
