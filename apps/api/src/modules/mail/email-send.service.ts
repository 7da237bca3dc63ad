// One-off e-mails: rendered per recipient (their salutation and names), queued as one message row each with a done
// "Sent e-mail" activity in the client's history (linked to the opportunity or activity it was sent from), then sent
// by the `mail-send` job. The client's E-mails tab lists them.
import { SendEmailInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, parseInput } from '../../graphql/errors.ts';
import { parseId } from '../../graphql/ids.ts';
import { checkRecord } from '../attachments/index.ts';
import { emailMessagePage } from './email-message-page.ts';
import { EmailSendRepository, type SendRecipient } from './email-send.repository.ts';
import { oneOffRows } from './email-send-rows.ts';
import { prepareTemplate } from './email-templates.service.ts';
import { MAIL_SEND_QUEUE } from './mail.jobs.ts';
import { MailRepository } from './mail.repository.ts';
import { toEmailMessageNode } from './mail-send.service.ts';

type Parsed = ReturnType<typeof SendEmailInput.parse>;

async function loadRecipients(repo: EmailSendRepository, clientId: string, input: Parsed) {
  const personIds = input.personIds.map((id, i) => parseId(id, 'Person', `input.personIds.${i}`));
  const found = await repo.recipients(clientId, personIds);
  const byId = new Map(found.map((p) => [p.id, p]));
  const erased = await repo.erasedAddresses(found.flatMap((p) => (p.email ? [p.email] : [])));
  return personIds.map((id, i) => {
    const person = byId.get(id);
    if (!person) throw badInput(`input.personIds.${i}`, 'mail.validation.notClientPerson');
    if (!person.email) throw badInput(`input.personIds.${i}`, 'mail.validation.noAddress');
    if (erased.has(person.email)) throw badInput(`input.personIds.${i}`, 'mail.validation.erasedAddress');
    return person as SendRecipient & { email: string };
  });
}

/** The chosen files (of the client, the recipients or the record it is sent from), then the template's own files. */
async function loadAttachments(
  repo: EmailSendRepository,
  input: Parsed,
  ownerIds: string[],
  templateId: string | null,
) {
  const ids = input.attachmentIds.map((id, i) => parseId(id, 'Attachment', `input.attachmentIds.${i}`));
  const found = await repo.attachments(ids, ownerIds);
  const missing = ids.findIndex((id) => !found.some((a) => a.id === id));
  if (missing >= 0) throw badInput(`input.attachmentIds.${missing}`, 'mail.validation.attachment');
  const fromTemplate = templateId ? await repo.ownerAttachments('EmailTemplate', templateId) : [];
  return [...found, ...fromTemplate].map(({ name, sha256, mimeType }) => ({ name, sha256, mimeType }));
}

type Source = { templateId: string | null; opportunityId: string | null; activityId: string | null };

/** The template, opportunity and activity named in the input: each must exist and belong to the client. */
async function loadSource(ctx: Context, repo: EmailSendRepository, input: Parsed, clientId: string): Promise<Source> {
  const templateId = input.templateId ? parseId(input.templateId, 'EmailTemplate', 'input.templateId') : null;
  if (templateId && !(await repo.templateExists(templateId))) throw badInput('input.templateId', 'validation.id');
  const opportunityId = input.opportunityId ? parseId(input.opportunityId, 'Opportunity', 'input.opportunityId') : null;
  if (opportunityId && !(await repo.sourceOfClient('opportunity', opportunityId, clientId)))
    throw badInput('input.opportunityId', 'mail.validation.notClientRecord');
  const activityId = input.activityId ? parseId(input.activityId, 'Activity', 'input.activityId') : null;
  if (activityId) {
    if (!(await repo.sourceOfClient('activity', activityId, clientId)))
      throw badInput('input.activityId', 'mail.validation.notClientRecord');
    await checkRecord(ctx, 'Activity', activityId, 'read');
  }
  return { templateId, opportunityId, activityId };
}

export async function sendEmail(ctx: Context, args: { input: unknown }) {
  const viewer = requirePermission(ctx, 'mail.send');
  const input = parseInput(SendEmailInput, args.input, 'input');
  const clientId = parseId(input.clientId, 'Client', 'input.clientId');
  await checkRecord(ctx, 'Client', clientId, 'write');
  const repo = new EmailSendRepository(ctx.db);
  const client = (await repo.client(clientId))!;
  const prepared = prepareTemplate(input);
  const source = await loadSource(ctx, repo, input, clientId);
  const recipients = await loadRecipients(repo, clientId, input);
  const owners = [clientId, ...recipients.map((r) => r.id), source.opportunityId, source.activityId];
  const ownerIds = owners.filter((id): id is string => Boolean(id));
  const attachments = await loadAttachments(repo, input, ownerIds, source.templateId);
  const draft = { ...prepared, language: input.language, attachments };
  const { typeId, activities, messages } = await oneOffRows(ctx, viewer.user, client, recipients, draft, source);
  await ctx.db.$transaction((tx) => new EmailSendRepository(tx).insertSent(typeId, activities, messages));
  for (const m of messages) await ctx.jobs.send(MAIL_SEND_QUEUE, { id: m.id });
  const stored = await new MailRepository(ctx.db).messages(messages.map((m) => m.id));
  return stored.map(toEmailMessageNode);
}

export async function clientEmailMessages(
  ctx: Context,
  clientRowId: string,
  args: { first?: number | null; after?: string | null },
) {
  requirePermission(ctx, 'mail.send');
  const repo = new EmailSendRepository(ctx.db);
  return emailMessagePage(args, {
    page: (limit, after) => repo.clientMessages(clientRowId, limit, after),
    count: () => repo.countClientMessages(clientRowId),
  });
}
