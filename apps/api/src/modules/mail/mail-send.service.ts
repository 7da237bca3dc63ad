// Queues outgoing messages (one row per recipient, a fixed Message-ID) and hands them to the `mail-send` job.
import crypto from 'node:crypto';
import { SendTestEmailInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context, ViewerUser } from '../../graphql/context.ts';
import { badInput, parseInput } from '../../graphql/errors.ts';
import { globalId, tryParseId } from '../../graphql/ids.ts';
import { htmlToText } from './mail-html.ts';
import { MAIL_SEND_QUEUE } from './mail.jobs.ts';
import { MailRepository, type EmailMessageRow, type MailSettingsRow } from './mail.repository.ts';

export function toEmailMessageNode(row: EmailMessageRow) {
  return {
    id: globalId('EmailMessage', row.id),
    kind: row.kind,
    messageId: row.messageId,
    to: row.toAddress,
    subject: row.subject,
    state: row.state,
    attempts: row.attempts,
    error: row.lastError,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    personId: row.personId ? globalId('Person', row.personId) : null,
    activityId: row.activityId ? globalId('Activity', row.activityId) : null,
  };
}

/** `<random@from-domain>`: unique, and the same on every attempt of one message. */
export function newMessageId(fromAddress: string): string {
  return `<${crypto.randomUUID()}@${fromAddress.split('@')[1] ?? 'veza.invalid'}>`;
}

type Outgoing = { kind: string; to: string; subject: string; html: string };

/** Sender name and signature of `user` over the installation's defaults. */
async function senderOf(repo: MailRepository, settings: MailSettingsRow, user: ViewerUser) {
  const profile = await repo.profile(user.id);
  return { name: profile?.fromName ?? settings.fromName ?? user.name, signature: profile?.signature ?? null };
}

export async function queueMessage(ctx: Context, user: ViewerUser, mail: Outgoing) {
  const repo = new MailRepository(ctx.db);
  const settings = await repo.settings();
  if (!settings?.host || !settings.fromAddress) throw badInput('settings', 'mail.validation.notConfigured');
  const sender = await senderOf(repo, settings, user);
  const html = sender.signature ? `${mail.html}\n<div class="signature">${sender.signature}</div>` : mail.html;
  const row = await repo.createMessage({
    kind: mail.kind,
    messageId: newMessageId(settings.fromAddress),
    fromAddress: settings.fromAddress,
    fromName: sender.name,
    toAddress: mail.to,
    subject: mail.subject,
    html,
    text: htmlToText(html),
    createdById: user.id,
  });
  await ctx.jobs.send(MAIL_SEND_QUEUE, { id: row.id });
  return row;
}

export async function sendTestEmail(ctx: Context, args: { to: unknown }) {
  const viewer = requirePermission(ctx, 'mail.settings');
  const { to } = parseInput(SendTestEmailInput, { to: args.to });
  const row = await queueMessage(ctx, viewer.user, {
    kind: 'TEST',
    to,
    subject: 'Veza test e-mail',
    html: `<p>This is a test e-mail from Veza, sent by ${escapeHtml(viewer.user.name)}.</p>`,
  });
  return toEmailMessageNode(row);
}

export async function emailMessage(ctx: Context, args: { id: string }) {
  const viewer = requirePermission(ctx, 'mail.send');
  const id = tryParseId(args.id, 'EmailMessage');
  const row = id ? await new MailRepository(ctx.db).message(id) : null;
  return row && row.createdById === viewer.user.id ? toEmailMessageNode(row) : null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
