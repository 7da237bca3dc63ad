// One-off e-mails: rendered per recipient (their salutation and names), queued as one message row each with a done
// E-mail activity in the client's history, then sent by the `mail-send` job. The client's E-mails tab lists them.
import { SendEmailInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context, ViewerUser } from '../../graphql/context.ts';
import { badInput, notFound, parseInput } from '../../graphql/errors.ts';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import { parseId } from '../../graphql/ids.ts';
import { checkRecord } from '../attachments/index.ts';
import { EmailSendRepository, type MessageAttachment, type SendRecipient } from './email-send.repository.ts';
import { prepareTemplate } from './email-templates.service.ts';
import { htmlToText } from './mail-html.ts';
import { MAIL_SEND_QUEUE } from './mail.jobs.ts';
import { MailRepository } from './mail.repository.ts';
import { newMessageId, toEmailMessageNode } from './mail-send.service.ts';
import { mergeValuesFor } from './merge-values.ts';
import { renderHtml, renderSubject } from './merge-fields.ts';
import { uuid7 } from './uuid7.ts';

type Parsed = ReturnType<typeof SendEmailInput.parse>;

async function loadRecipients(repo: EmailSendRepository, clientId: string, input: Parsed) {
  const personIds = input.personIds.map((id, i) => parseId(id, 'Person', `input.personIds.${i}`));
  const found = await repo.recipients(clientId, personIds);
  const byId = new Map(found.map((p) => [p.id, p]));
  return personIds.map((id, i) => {
    const person = byId.get(id);
    if (!person) throw badInput(`input.personIds.${i}`, 'mail.validation.notClientPerson');
    if (!person.email) throw badInput(`input.personIds.${i}`, 'mail.validation.noAddress');
    return person as SendRecipient & { email: string };
  });
}

async function loadAttachments(repo: EmailSendRepository, input: Parsed, ownerIds: string[]) {
  const ids = input.attachmentIds.map((id, i) => parseId(id, 'Attachment', `input.attachmentIds.${i}`));
  const found = await repo.attachments(ids, ownerIds);
  const missing = ids.findIndex((id) => !found.some((a) => a.id === id));
  if (missing >= 0) throw badInput(`input.attachmentIds.${missing}`, 'mail.validation.attachment');
  return found.map(({ name, sha256, mimeType }) => ({ name, sha256, mimeType }));
}

type Draft = { subject: string; bodyHtml: string; language: string; attachments: Omit<MessageAttachment, 'id'>[] };

async function rows(
  ctx: Context,
  user: ViewerUser,
  client: { id: string; name: string },
  to: SendRecipient[],
  d: Draft,
) {
  const settings = await new MailRepository(ctx.db).settings();
  if (!settings?.host || !settings.fromAddress) throw badInput('settings', 'mail.validation.notConfigured');
  const typeId = (await new EmailSendRepository(ctx.db).emailActivityTypeId())?.id;
  if (!typeId) throw notFound('E-mail activity type');
  const now = new Date();
  const activities = [];
  const messages = [];
  for (const person of to) {
    const values = await mergeValuesFor(ctx.db, user, d.language, { person, client });
    const html = renderHtml(d.bodyHtml, values);
    const subject = renderSubject(d.subject, values);
    const text = htmlToText(html);
    const activityId = uuid7();
    activities.push({
      id: activityId,
      typeId,
      clientId: client.id,
      contactPersonId: person.id,
      subject: subject.slice(0, 250),
      note: text,
      status: 'DONE' as const,
      startsAt: now,
      closedAt: now,
      ownerId: user.id,
      createdById: user.id,
    });
    messages.push({
      id: uuid7(),
      kind: 'ONE_OFF',
      messageId: newMessageId(settings.fromAddress),
      fromAddress: settings.fromAddress,
      fromName: values['agent.name'],
      toAddress: person.email!,
      subject,
      html,
      text,
      createdById: user.id,
      clientId: client.id,
      personId: person.id,
      activityId,
      attachments: d.attachments,
    });
  }
  return { activities, messages };
}

export async function sendEmail(ctx: Context, args: { input: unknown }) {
  const viewer = requirePermission(ctx, 'mail.send');
  const input = parseInput(SendEmailInput, args.input, 'input');
  const clientId = parseId(input.clientId, 'Client', 'input.clientId');
  await checkRecord(ctx, 'Client', clientId, 'write');
  const repo = new EmailSendRepository(ctx.db);
  const client = (await repo.client(clientId))!;
  const prepared = prepareTemplate(input);
  const recipients = await loadRecipients(repo, clientId, input);
  const attachments = await loadAttachments(repo, input, [clientId, ...recipients.map((r) => r.id)]);
  const draft = { ...prepared, language: input.language, attachments };
  const { activities, messages } = await rows(ctx, viewer.user, client, recipients, draft);
  await ctx.db.$transaction((tx) => new EmailSendRepository(tx).insertSent(clientId, activities, messages));
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
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, 2) as [string, string] | null;
  if (after && Number.isNaN(Date.parse(String(after[0])))) throw badInput('after', 'validation.cursor');
  const repo = new EmailSendRepository(ctx.db);
  const rows = await repo.clientMessages(clientRowId, first + 1, after);
  return toConnection(
    rows,
    first,
    after !== null,
    (r) => [r.createdAt.toISOString(), r.id],
    toEmailMessageNode,
    () => repo.countClientMessages(clientRowId),
  );
}
