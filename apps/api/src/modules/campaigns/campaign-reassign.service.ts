// Reassigning unfinished items to another agent: they move to that agent's open campaign of the same generation, or
// to a new campaign for the agent copied from the items' campaign (same name stem, period, filter and generation).
import crypto from 'node:crypto';
import type { Context } from '../../graphql/context.ts';
import { badInput, forbidden, notFound } from '../../graphql/errors.ts';
import { parseId } from '../../graphql/ids.ts';
import { reaches } from '../visibility/index.ts';
import { toCampaignItemNode } from './campaigns.mapper.ts';
import { CampaignsRepository, OPEN_STATUSES, type CampaignRow } from './campaigns.repository.ts';
import { requireManage } from './campaigns.service.ts';
import { LONG_TX, campaignName, lockOpenCampaign, lockedItems, reloadCampaigns } from './campaign-writes.service.ts';

/** "<stem> – <old agent>" becomes "<stem> – <new agent>"; a name without that suffix gets one. */
function renamedFor(source: CampaignRow, oldAgent: string, newAgent: string): string {
  const suffix = ` – ${oldAgent}`;
  const stem = source.name.endsWith(suffix) ? source.name.slice(0, -suffix.length) : source.name;
  return campaignName(stem, newAgent);
}

async function targetCampaign(
  ctx: Context,
  repo: CampaignsRepository,
  source: CampaignRow,
  agent: { id: string; name: string },
): Promise<CampaignRow> {
  const existing = source.generationId ? await repo.openCampaignOf(agent.id, source.generationId) : null;
  if (existing) return existing;
  const oldAgent = (await ctx.loaders.userById.load(source.agentId))?.name ?? '';
  const [created] = await repo.insertCampaigns([
    {
      name: renamedFor(source, oldAgent, agent.name),
      description: source.description,
      agentId: agent.id,
      createdById: ctx.viewer!.user.id,
      start: source.start,
      end: source.end,
      status: OPEN_STATUSES.includes(source.status) ? source.status : 'ACTIVE',
      filter: source.filter,
      strategy: source.strategy,
      generationId: source.generationId ?? crypto.randomUUID(),
    },
  ]);
  return (await repo.lockCampaign(created!.id, true))!;
}

export async function reassignCampaignItems(ctx: Context, args: { itemIds: string[]; agentId: string }) {
  requireManage(ctx);
  const agentId = parseId(args.agentId, 'User', 'agentId');
  const names = await new CampaignsRepository(ctx.db).eligibleAgents([agentId]);
  if (!names.has(agentId)) throw badInput('agentId', 'validation.campaign.agent');
  const agent = { id: agentId, name: names.get(agentId)! };
  const { itemIds, campaignIds } = await ctx.db.$transaction(async (tx) => {
    const repo = new CampaignsRepository(tx);
    const items = await lockedItems(repo, args.itemIds);
    items.forEach((item, i) => {
      if (item.state === 'DONE' || item.state === 'SKIPPED')
        throw badInput(`itemIds.${i}`, 'validation.campaign.itemFinished');
    });
    const sources = await repo.findByIds([...new Set(items.map((i) => i.campaignId))]);
    if (new Set(sources.map((s) => s.generationId ?? s.id)).size > 1)
      throw badInput('itemIds', 'validation.campaign.mixedGenerations');
    const source = sources[0];
    if (!source) throw notFound('Campaign');
    // Items of a campaign outside the viewer's read scope do not exist for them; readable but not editable: FORBIDDEN.
    if (sources.some((s) => !reaches(ctx.viewer!, 'CAMPAIGNS', 'read', [s.agentId]))) throw notFound('CampaignItem');
    if (sources.some((s) => !reaches(ctx.viewer!, 'CAMPAIGNS', 'edit', [s.agentId])))
      throw forbidden('campaigns.manage');
    const target = await targetCampaign(ctx, repo, source, agent);
    await lockOpenCampaign(repo, target.id, 'agentId');
    const moving = items.filter((i) => i.campaignId !== target.id);
    const already = await repo.clientsOnCampaign(
      target.id,
      moving.map((i) => i.clientId),
    );
    items.forEach((item, i) => {
      if (item.campaignId !== target.id && already.has(item.clientId))
        throw badInput(`itemIds.${i}`, 'validation.campaign.alreadyOnTarget');
    });
    if (moving.length)
      await repo.moveItems(
        moving.map((i) => i.id),
        target.id,
      );
    return {
      itemIds: items.map((i) => i.id),
      campaignIds: [target.id, ...sources.map((s) => s.id).filter((id) => id !== target.id)],
    };
  }, LONG_TX);
  itemIds.forEach((id) => ctx.loaders.campaignItemById.clear(id));
  const rows = await new CampaignsRepository(ctx.db).findItems(itemIds);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    items: itemIds.map((id) => toCampaignItemNode(byId.get(id)!)),
    campaigns: await reloadCampaigns(ctx, campaignIds),
  };
}
