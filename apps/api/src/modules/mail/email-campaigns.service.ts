// E-mail campaigns: content edits and the approval state machine. PREPARATION → AWAITING_APPROVAL → APPROVED, back
// to PREPARATION (returned, or edited after submitting), CANCELLED from any state but SENT. Every change is guarded
// by state and version in one UPDATE and written to the history.
import { EmailCampaignInput, EmailCampaignTransitionInput, UpdateEmailCampaignInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { AppError, badInput, conflict, notFound, parseInput } from '../../graphql/errors.ts';
import { parseId } from '../../graphql/ids.ts';
import { EmailCampaignsRepository, type CampaignState } from './email-campaigns.repository.ts';
import { prepareTemplate } from './email-templates.service.ts';
import { toCampaignNodes } from './email-campaigns.mapper.ts';
import { MailRepository } from './mail.repository.ts';
import { EmailSendRepository } from './email-send.repository.ts';
import { MAIL_CAMPAIGNS_QUEUE } from './mail.jobs.ts';
import { requireWholeScope } from '../visibility/index.ts';

const EDITABLE: CampaignState[] = ['PREPARATION', 'AWAITING_APPROVAL', 'APPROVED'];

async function content(ctx: Context, input: ReturnType<typeof EmailCampaignInput.parse>) {
  const groupIds = [...new Set(input.groupIds.map((id, i) => parseId(id, 'MailingGroup', `input.groupIds.${i}`)))];
  const live = await new EmailCampaignsRepository(ctx.db).liveGroupIds(groupIds);
  const missing = groupIds.findIndex((id) => !live.some((g) => g.id === id));
  if (missing >= 0) throw badInput(`input.groupIds.${missing}`, 'validation.id');
  const prepared = prepareTemplate(input);
  const scheduledAt = input.scheduledAt ? new Date(input.scheduledAt) : null;
  const template = await templateFiles(ctx, input.templateId);
  return { name: input.name, language: input.language, ...prepared, groupIds, scheduledAt, ...template };
}

/** The picked template's live files, kept on the campaign (what was approved is what is sent). */
async function templateFiles(ctx: Context, templateId: string | null | undefined) {
  if (!templateId) return { templateId: null, attachments: [] };
  const id = parseId(templateId, 'EmailTemplate', 'input.templateId');
  const repo = new EmailSendRepository(ctx.db);
  if (!(await repo.templateExists(id))) throw badInput('input.templateId', 'validation.id');
  const files = await repo.ownerAttachments('EmailTemplate', id);
  return { templateId: id, attachments: files.map(({ name, sha256, mimeType }) => ({ name, sha256, mimeType })) };
}

export async function emailCampaignNode(ctx: Context, id: string) {
  const row = await new EmailCampaignsRepository(ctx.db).find(id);
  if (!row) throw notFound('E-mail campaign');
  return (await toCampaignNodes(ctx.db, [row]))[0]!;
}

export async function createEmailCampaign(ctx: Context, args: { input: unknown }) {
  const viewer = requirePermission(ctx, 'mailings.manage');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const input = parseInput(EmailCampaignInput, args.input, 'input');
  const data = await content(ctx, input);
  const row = await ctx.db.$transaction(async (tx) => {
    const repo = new EmailCampaignsRepository(tx);
    const created = await repo.create({ ...data, createdById: viewer.user.id });
    await repo.addEvent({ campaignId: created.id, fromState: null, toState: 'PREPARATION', userId: viewer.user.id });
    return created;
  });
  return emailCampaignNode(ctx, row.id);
}

/** Applies a guarded change and records it; NOT_FOUND, or CONFLICT when state or version moved meanwhile. */
async function transition(
  ctx: Context,
  id: string,
  version: number,
  from: CampaignState[],
  to: CampaignState,
  extra: { data?: Parameters<EmailCampaignsRepository['change']>[3]; note?: string | null } = {},
) {
  const userId = ctx.viewer!.user.id;
  const before = await new EmailCampaignsRepository(ctx.db).find(id);
  if (!before) throw notFound('E-mail campaign');
  if (!from.includes(before.state)) throw new AppError('CONFLICT', 'mail.campaign.state', { state: before.state });
  await ctx.db.$transaction(async (tx) => {
    const repo = new EmailCampaignsRepository(tx);
    if (!(await repo.change(id, version, from, { ...extra.data, state: to }))) throw conflict();
    if (before.state !== to || extra.note)
      await repo.addEvent({ campaignId: id, fromState: before.state, toState: to, userId, note: extra.note });
  });
  return emailCampaignNode(ctx, id);
}

export async function updateEmailCampaign(ctx: Context, args: { id: string; input: unknown }) {
  requirePermission(ctx, 'mailings.manage');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const id = parseId(args.id, 'EmailCampaign');
  const input = parseInput(UpdateEmailCampaignInput, args.input, 'input');
  const data = await content(ctx, input);
  // Any edit after submitting takes the campaign back to preparation: the approval was for the old content.
  const reset = { approvedById: null, approvedAt: null };
  return transition(ctx, id, input.version, EDITABLE, 'PREPARATION', { data: { ...data, ...reset } });
}

export async function submitEmailCampaign(ctx: Context, args: { input: unknown }) {
  requirePermission(ctx, 'mailings.manage');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const input = parseInput(EmailCampaignTransitionInput, args.input, 'input');
  const id = parseId(input.id, 'EmailCampaign', 'input.id');
  const row = await new EmailCampaignsRepository(ctx.db).find(id);
  if (row && row.groupIds.length === 0) throw badInput('groupIds', 'mail.campaign.noGroups');
  return transition(ctx, id, input.version, ['PREPARATION'], 'AWAITING_APPROVAL', { note: input.note });
}

export async function approveEmailCampaign(ctx: Context, args: { input: unknown }) {
  const viewer = requirePermission(ctx, 'mailings.approve');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const input = parseInput(EmailCampaignTransitionInput, args.input, 'input');
  const id = parseId(input.id, 'EmailCampaign', 'input.id');
  const row = await new EmailCampaignsRepository(ctx.db).find(id);
  const selfAllowed = (await new MailRepository(ctx.db).settings())?.allowSelfApproval ?? false;
  if (row && row.createdById === viewer.user.id && !selfAllowed)
    throw new AppError('FORBIDDEN', 'mail.campaign.selfApproval', { permission: 'mailings.approve' });
  const data = { approvedById: viewer.user.id, approvedAt: new Date() };
  const node = await transition(ctx, id, input.version, ['AWAITING_APPROVAL'], 'APPROVED', { data, note: input.note });
  await startSending(ctx);
  return node;
}

/** Asks a sender to run now rather than at the next minute's tick (a queued run is enough: the queue is stately). */
async function startSending(ctx: Context) {
  try {
    await ctx.jobs.send(MAIL_CAMPAIGNS_QUEUE, {});
  } catch (error) {
    // The every-minute schedule starts it anyway; a job queue that is down must not undo the approval.
    console.warn('mail-campaigns: could not queue a run', error);
  }
}

export async function returnEmailCampaign(ctx: Context, args: { input: unknown }) {
  requirePermission(ctx, 'mailings.approve');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const input = parseInput(EmailCampaignTransitionInput, args.input, 'input');
  const id = parseId(input.id, 'EmailCampaign', 'input.id');
  const data = { approvedById: null, approvedAt: null };
  return transition(ctx, id, input.version, ['AWAITING_APPROVAL', 'APPROVED'], 'PREPARATION', {
    data,
    note: input.note,
  });
}

export async function cancelEmailCampaign(ctx: Context, args: { input: unknown }) {
  requirePermission(ctx, 'mailings.manage');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const input = parseInput(EmailCampaignTransitionInput, args.input, 'input');
  const id = parseId(input.id, 'EmailCampaign', 'input.id');
  const from: CampaignState[] = ['PREPARATION', 'AWAITING_APPROVAL', 'APPROVED', 'SENDING', 'PAUSED'];
  return transition(ctx, id, input.version, from, 'CANCELLED', { note: input.note });
}

/** SENDING → PAUSED: senders stop at their next batch; what is in flight finishes. */
export async function pauseEmailCampaign(ctx: Context, args: { input: unknown }) {
  requirePermission(ctx, 'mailings.manage');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const input = parseInput(EmailCampaignTransitionInput, args.input, 'input');
  const id = parseId(input.id, 'EmailCampaign', 'input.id');
  return transition(ctx, id, input.version, ['SENDING'], 'PAUSED', { note: input.note });
}

export async function resumeEmailCampaign(ctx: Context, args: { input: unknown }) {
  requirePermission(ctx, 'mailings.manage');
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const input = parseInput(EmailCampaignTransitionInput, args.input, 'input');
  const id = parseId(input.id, 'EmailCampaign', 'input.id');
  const node = await transition(ctx, id, input.version, ['PAUSED'], 'SENDING', { note: input.note });
  await startSending(ctx);
  return node;
}
