// Campaign writes (campaigns.manage): generation in one transaction, hand-built campaigns, edits, completing and
// cancelling, and the set-based item operations (add clients, remove pending items, reassign to another agent).
import crypto from 'node:crypto';
import {
  AddClientsToCampaignArgs,
  CampaignItemIdsInput,
  CreateCampaignInput,
  GenerateCampaignsInput,
  UpdateCampaignInput,
} from '@veza/shared';
import type { Context } from '../../graphql/context.ts';
import { badInput, conflict, notFound, parseInput } from '../../graphql/errors.ts';
import { globalId, parseId } from '../../graphql/ids.ts';
import { clientWhere } from '../clients/index.ts';
import { clientsInScope } from '../visibility/index.ts';
import { appendSource } from './campaign-filter.sql.ts';
import { insertAssignedItems } from './campaign-generation.repository.ts';
import { toCampaignNode } from './campaigns.mapper.ts';
import {
  CampaignsRepository,
  OPEN_STATUSES,
  type CampaignRow,
  type CampaignStatus,
  type CampaignWrite,
} from './campaigns.repository.ts';
import { requireManage, resolveAgents } from './campaigns.service.ts';

/** Generation of 100k items must not hit Prisma's 5 s default; waiting for another generation counts too. */
const LONG_TX = { timeout: 120_000, maxWait: 30_000 };

/** "<name> – <agent>", cut to the column's 200 characters. */
const campaignName = (name: string, agent: string) => `${name} – ${agent}`.slice(0, 200);

async function reloadCampaigns(ctx: Context, ids: string[]) {
  ids.forEach((id) => {
    ctx.loaders.campaignById.clear(id);
    ctx.loaders.campaignProgressById.clear(id);
    ctx.loaders.nextCampaignItemById.clear(id);
  });
  const rows = await new CampaignsRepository(ctx.db).findByIds(ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => toCampaignNode(byId.get(id)!));
}

/**
 * One campaign per agent and every item, in one transaction under the assignment lock: a concurrent generation
 * waits, then sees these items, so with exclusion no client is handed out twice. Nothing matching: BAD_USER_INPUT
 * on `filter` and the transaction rolls back, so no empty campaigns are left.
 */
export async function generateCampaigns(ctx: Context, rawInput: unknown) {
  const viewer = requireManage(ctx);
  const input = parseInput(GenerateCampaignsInput, rawInput);
  const agents = await resolveAgents(ctx, input.agentIds, 'agentIds');
  const { where } = await clientWhere(ctx, input.filter);
  const generationId = crypto.randomUUID();
  const status = input.status ?? 'ACTIVE';
  const { campaignIds, clientCount } = await ctx.db.$transaction(async (tx) => {
    const repo = new CampaignsRepository(tx);
    await repo.lockAssignments();
    const inserted = await repo.insertCampaigns(
      agents.ids.map((agentId) => ({
        name: campaignName(input.name, agents.names.get(agentId)!),
        description: input.description,
        agentId,
        createdById: viewer.user.id,
        start: input.start ?? null,
        end: input.end ?? null,
        status,
        filter: input.filter,
        strategy: input.strategy,
        generationId,
      })),
    );
    const byAgent = new Map(inserted.map((c) => [c.agentId, c.id]));
    const ids = agents.ids.map((agentId) => byAgent.get(agentId)!);
    const distribution = {
      where,
      agentIds: agents.ids,
      strategy: input.strategy,
      excludeInOpenCampaigns: input.excludeInActiveCampaigns ?? false,
    };
    const count = await insertAssignedItems(tx, distribution, ids);
    if (count === 0) throw badInput('filter', 'validation.campaign.noClients');
    return { campaignIds: ids, clientCount: count };
  }, LONG_TX);
  return {
    generationId: globalId('CampaignGeneration', generationId),
    campaigns: await reloadCampaigns(ctx, campaignIds),
    clientCount,
  };
}

async function liveClientIds(ctx: Context, globalIds: string[], field: string): Promise<string[]> {
  const ids = globalIds.map((g, i) => parseId(g, 'Client', `${field}.${i}`));
  // A client outside the viewer's read scope is answered like one that does not exist.
  const live = await clientsInScope(ctx.db, ctx.viewer!, 'read', ids);
  ids.forEach((id, i) => {
    if (!live.has(id)) throw badInput(`${field}.${i}`, 'validation.unknownClient');
  });
  return ids;
}

/** A campaign built by hand: one agent, optionally an initial list of clients in the given order. */
export async function createCampaign(ctx: Context, rawInput: unknown) {
  const viewer = requireManage(ctx);
  const input = parseInput(CreateCampaignInput, rawInput);
  const agent = parseId(input.agentId, 'User', 'agentId');
  if (!(await new CampaignsRepository(ctx.db).eligibleAgents([agent])).has(agent))
    throw badInput('agentId', 'validation.campaign.agent');
  const clientIds = input.clientIds ? await liveClientIds(ctx, input.clientIds, 'clientIds') : [];
  const id = await ctx.db.$transaction(async (tx) => {
    const repo = new CampaignsRepository(tx);
    const [created] = await repo.insertCampaigns([
      {
        name: input.name,
        description: input.description,
        agentId: agent,
        createdById: viewer.user.id,
        start: input.start ?? null,
        end: input.end ?? null,
        status: input.status ?? 'ACTIVE',
        filter: null,
        strategy: null,
        generationId: crypto.randomUUID(),
      },
    ]);
    if (clientIds.length) await repo.appendItems(created!.id, appendSource({ ids: clientIds }, false).source);
    return created!.id;
  }, LONG_TX);
  return (await reloadCampaigns(ctx, [id]))[0]!;
}

/** The campaign at the expected version (NOT_FOUND / CONFLICT otherwise). */
async function loadForWrite(ctx: Context, globalIdValue: string, version: number): Promise<CampaignRow> {
  requireManage(ctx);
  const row = await new CampaignsRepository(ctx.db).find(parseId(globalIdValue, 'Campaign'));
  if (!row) throw notFound('Campaign');
  if (row.version !== version) throw conflict();
  return row;
}

export async function updateCampaign(ctx: Context, args: { id: string; version: number; input: unknown }) {
  requireManage(ctx);
  const input = parseInput(UpdateCampaignInput, args.input, 'input');
  const existing = await loadForWrite(ctx, args.id, args.version);
  const write: CampaignWrite = {};
  if (input.name !== undefined) write.name = input.name;
  if (input.description !== undefined) write.description = input.description ?? '';
  if (input.start !== undefined) write.start = input.start;
  if (input.end !== undefined) write.end = input.end;
  const start = write.start !== undefined ? write.start : existing.start;
  const end = write.end !== undefined ? write.end : existing.end;
  if (start && end && end < start) throw badInput('input.end', 'validation.campaign.period');
  if (input.status !== undefined && input.status !== existing.status) {
    if (!OPEN_STATUSES.includes(existing.status)) throw badInput('input.status', 'validation.campaign.closed');
    write.status = input.status;
  }
  if (input.agentId !== undefined) {
    const agent = parseId(input.agentId, 'User', 'input.agentId');
    if (!(await new CampaignsRepository(ctx.db).eligibleAgents([agent])).has(agent))
      throw badInput('input.agentId', 'validation.campaign.agent');
    write.agentId = agent;
  }
  if (Object.keys(write).length && !(await new CampaignsRepository(ctx.db).update(existing.id, args.version, write)))
    throw conflict();
  return (await reloadCampaigns(ctx, [existing.id]))[0]!;
}

async function close(ctx: Context, id: string, version: number, status: CampaignStatus) {
  const existing = await loadForWrite(ctx, id, version);
  if (!OPEN_STATUSES.includes(existing.status)) throw badInput('id', 'validation.campaign.closed');
  const write = { status, completedAt: new Date() };
  if (!(await new CampaignsRepository(ctx.db).update(existing.id, version, write, OPEN_STATUSES))) throw conflict();
  return (await reloadCampaigns(ctx, [existing.id]))[0]!;
}

export const completeCampaign = (ctx: Context, id: string, version: number) => close(ctx, id, version, 'COMPLETED');
export const cancelCampaign = (ctx: Context, id: string, version: number) => close(ctx, id, version, 'CANCELLED');

/** An open campaign, locked so concurrent appends number their items one after the other. */
async function lockOpenCampaign(repo: CampaignsRepository, id: string, field = 'id') {
  const campaign = await repo.lockCampaign(id, true);
  if (!campaign) throw notFound('Campaign');
  if (!OPEN_STATUSES.includes(campaign.status)) throw badInput(field, 'validation.campaign.closed');
  return campaign;
}

/** Clients by id (in that order) or by filter (in name order) go to the end of the list; ones already on it are skipped. */
export async function addClientsToCampaign(ctx: Context, args: Record<string, unknown> & { id: string }) {
  requireManage(ctx);
  const campaignId = parseId(args.id, 'Campaign');
  const input = parseInput(AddClientsToCampaignArgs, { ...args, id: undefined });
  const exclude = input.excludeInActiveCampaigns ?? false;
  const { source, candidates: everyCandidate } = appendSource(
    input.clientIds
      ? { ids: await liveClientIds(ctx, input.clientIds, 'clientIds') }
      : { where: (await clientWhere(ctx, input.filter)).where },
    exclude,
  );
  const result = await ctx.db.$transaction(async (tx) => {
    const repo = new CampaignsRepository(tx);
    if (exclude) await repo.lockAssignments();
    await lockOpenCampaign(repo, campaignId);
    const candidates = everyCandidate ? await repo.countSource(everyCandidate) : input.clientIds!.length;
    const added = await repo.appendItems(campaignId, source);
    return { added, skipped: candidates - added };
  }, LONG_TX);
  return { campaign: (await reloadCampaigns(ctx, [campaignId]))[0]!, ...result };
}

/** Items by global id, locked; each must exist (BAD_USER_INPUT naming itemIds.<i>). */
async function lockedItems(repo: CampaignsRepository, globalIds: string[]) {
  const ids = parseInput(CampaignItemIdsInput, globalIds, 'itemIds').map((g, i) =>
    parseId(g, 'CampaignItem', `itemIds.${i}`),
  );
  const rows = await repo.findItems(ids, true);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id, i) => {
    const row = byId.get(id);
    if (!row) throw badInput(`itemIds.${i}`, 'validation.campaign.unknownItem');
    return row;
  });
}

/** Only PENDING items: worked ones are the campaign's history. */
export async function removeCampaignItems(ctx: Context, itemIds: string[]) {
  requireManage(ctx);
  const { removed, campaignIds } = await ctx.db.$transaction(async (tx) => {
    const repo = new CampaignsRepository(tx);
    const items = await lockedItems(repo, itemIds);
    items.forEach((item, i) => {
      if (item.state !== 'PENDING') throw badInput(`itemIds.${i}`, 'validation.campaign.itemWorked');
    });
    await repo.deleteItems(items.map((i) => i.id));
    return { removed: items.map((i) => i.id), campaignIds: [...new Set(items.map((i) => i.campaignId))] };
  });
  return {
    removedItemIds: removed.map((id) => globalId('CampaignItem', id)),
    campaigns: await reloadCampaigns(ctx, campaignIds),
  };
}

export { lockedItems, lockOpenCampaign, reloadCampaigns, campaignName, LONG_TX };
