// Working a campaign's items: start, skip with a reason, reopen a skipped one, and the link to activities (a call
// logged for an item starts it; closing that call finishes the item with its result; reopening the call undoes it).
import { SkipReasonInput } from '@veza/shared';
import { hasPermission, requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, notFound, parseInput } from '../../graphql/errors.ts';
import { parseId } from '../../graphql/ids.ts';
import { toCampaignItemNode } from './campaigns.mapper.ts';
import {
  CampaignsRepository,
  type CampaignItemRow,
  type CampaignItemState,
  type CampaignRow,
  type Tx,
} from './campaigns.repository.ts';

const UNFINISHED: CampaignItemState[] = ['PENDING', 'IN_PROGRESS'];

/** The item (locked) and its campaign, when the viewer works that campaign (its agent) or manages campaigns. */
async function itemForWork(tx: Tx, ctx: Context, globalId: string, field = 'id') {
  const viewer = requirePermission(ctx, 'campaigns.work');
  const repo = new CampaignsRepository(tx);
  const item = await repo.findItem(parseId(globalId, 'CampaignItem', field), true);
  const campaign = item ? await repo.lockCampaign(item.campaignId) : null;
  const mine = campaign?.agentId === viewer.user.id || hasPermission(ctx, 'campaigns.manage');
  if (!item || !campaign || !mine) throw notFound('Campaign item');
  return { repo, item, campaign };
}

function requireActive(campaign: CampaignRow, field: string) {
  if (campaign.status !== 'ACTIVE') throw badInput(field, 'validation.campaign.notActive');
}

async function reload(ctx: Context, id: string) {
  ctx.loaders.campaignItemById.clear(id);
  return toCampaignItemNode((await new CampaignsRepository(ctx.db).findItem(id))!);
}

/** PENDING → IN_PROGRESS; starting an item already in progress changes nothing. */
export async function startCampaignItem(ctx: Context, globalId: string) {
  const id = await ctx.db.$transaction(async (tx) => {
    const { repo, item, campaign } = await itemForWork(tx, ctx, globalId);
    requireActive(campaign, 'id');
    if (item.state === 'IN_PROGRESS') return item.id;
    if (item.state !== 'PENDING') throw badInput('id', 'validation.campaign.itemFinished');
    await repo.setItemState(item.id, ['PENDING'], 'IN_PROGRESS');
    return item.id;
  });
  return reload(ctx, id);
}

export async function skipCampaignItem(ctx: Context, globalId: string, rawReason: unknown) {
  requirePermission(ctx, 'campaigns.work');
  const reason = parseInput(SkipReasonInput, rawReason, 'reason');
  const id = await ctx.db.$transaction(async (tx) => {
    const { repo, item, campaign } = await itemForWork(tx, ctx, globalId);
    requireActive(campaign, 'id');
    if (!UNFINISHED.includes(item.state)) throw badInput('id', 'validation.campaign.itemFinished');
    await repo.setItemState(item.id, UNFINISHED, 'SKIPPED', { skipReason: reason });
    return item.id;
  });
  return reload(ctx, id);
}

/** SKIPPED → PENDING (a skipped client is called after all). */
export async function reopenCampaignItem(ctx: Context, globalId: string) {
  const id = await ctx.db.$transaction(async (tx) => {
    const { repo, item, campaign } = await itemForWork(tx, ctx, globalId);
    requireActive(campaign, 'id');
    if (item.state !== 'SKIPPED') throw badInput('id', 'validation.campaign.notSkipped');
    await repo.setItemState(item.id, ['SKIPPED'], 'PENDING');
    return item.id;
  });
  return reload(ctx, id);
}

// ---- the activity link (called by activity writes inside their transaction) ----

/**
 * createActivity with campaignItemId: the item must be on one of the viewer's own active campaigns, for the same
 * client, and not finished. The item becomes IN_PROGRESS, or DONE (without a result) when the activity is created
 * as already done.
 */
export async function linkActivityToCampaignItem(
  tx: Tx,
  ctx: Context,
  args: { activityId: string; clientId: string; campaignItemId: string; done: boolean },
): Promise<void> {
  const field = 'input.campaignItemId';
  const repo = new CampaignsRepository(tx);
  const item: CampaignItemRow | null = await repo.findItem(parseId(args.campaignItemId, 'CampaignItem', field), true);
  const campaign = item ? await repo.lockCampaign(item.campaignId) : null;
  if (!item || !campaign || campaign.agentId !== ctx.viewer!.user.id) throw badInput(field, 'validation.campaign.item');
  requireActive(campaign, field);
  if (item.clientId !== args.clientId) throw badInput(field, 'validation.campaign.itemClient');
  if (!UNFINISHED.includes(item.state)) throw badInput(field, 'validation.campaign.itemFinished');
  await repo.linkActivity(args.activityId, item.id);
  if (args.done) await repo.setItemState(item.id, UNFINISHED, 'DONE', { activityId: args.activityId, outcomeId: null });
  else await repo.setItemState(item.id, UNFINISHED, 'IN_PROGRESS');
  ctx.loaders.campaignItemById.clear(item.id);
}

/** closeActivity: the item the activity was logged for is DONE with its result (unless already done). */
export async function campaignActivityDone(tx: Tx, activityId: string, resultId: string | null): Promise<void> {
  await new CampaignsRepository(tx).finishByActivity(activityId, resultId);
}

/** The activity that finished an item is reopened or deleted: the item goes back to IN_PROGRESS, result cleared. */
export async function campaignActivityUndone(tx: Tx, activityId: string): Promise<void> {
  await new CampaignsRepository(tx).reopenFinishedBy(activityId);
}
