// Campaign reads: who sees which campaign (campaigns.work or .manage, within the CAMPAIGNS scope: own = agent), lists, items, the next item,
// progress per agent and the generation preview. Writes live in campaign-writes.service.ts.
import {
  CampaignFilterInput,
  CampaignItemsArgs,
  PreviewCampaignGenerationArgs,
  type CampaignFilter,
} from '@veza/shared';
import { hasPermission, requirePermission } from '../../auth/permissions.ts';
import type { Prisma } from '../../db/prisma.ts';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import type { Context, Viewer } from '../../graphql/context.ts';
import { badInput, parseInput } from '../../graphql/errors.ts';
import { parseId, tryParseId } from '../../graphql/ids.ts';
import { loaded } from '../../graphql/loaded.ts';
import { clientWhere, toClientNode } from '../clients/index.ts';
import { toUserNode } from '../users/index.ts';
import { reaches, withinScope, type Access } from '../visibility/index.ts';
import { campaignCondition, itemCondition } from './campaign-filter.sql.ts';
import { evenSplitCounts, matchCounts, sampleClientIds, splitCounts } from './campaign-generation.repository.ts';
import { toCampaignItemNode, toCampaignNode, toProgress } from './campaigns.mapper.ts';
import { CampaignsRepository, type CampaignRow } from './campaigns.repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** ILIKE pattern for "contains the text", with the pattern's own characters escaped. */

/** campaigns.manage or campaigns.work; anything else is FORBIDDEN. */
export function requireCampaignAccess(ctx: Context): Viewer {
  return requirePermission(ctx, ['campaigns.work', 'campaigns.manage']);
}

export function canSeeCampaign(ctx: Context, row: Pick<CampaignRow, 'agentId'>, access: Access = 'read'): boolean {
  const allowed = hasPermission(ctx, 'campaigns.manage') || hasPermission(ctx, 'campaigns.work');
  return allowed && reaches(ctx.viewer!, 'CAMPAIGNS', access, [row.agentId]);
}

/** DateTime values inside inputs arrive as Date; the shared schemas take ISO strings. */

/** The SQL condition over `campaigns k` for a filter, restricted to what the viewer may see. */
export function campaignWhere(ctx: Context, rawFilter: unknown): Prisma.Sql {
  const viewer = requireCampaignAccess(ctx);
  const filter: CampaignFilter | null = rawFilter == null ? null : parseInput(CampaignFilterInput, rawFilter, 'filter');
  const where = campaignCondition({
    agentId: filter?.mine ? viewer.user.id : null,
    agentIds: filter?.agentIds?.map((g, i) => parseId(g, 'User', `filter.agentIds.${i}`)),
    statuses: filter?.statuses,
    generationId: filter?.generationId && parseId(filter.generationId, 'CampaignGeneration', 'filter.generationId'),
    text: filter?.text,
  });
  return withinScope(where, viewer, 'CAMPAIGNS', 'read', 'k');
}

export async function listCampaigns(
  ctx: Context,
  args: { filter?: unknown; first?: number | null; after?: string | null },
) {
  const where = campaignWhere(ctx, args.filter);
  const first = pageSize(args.first);
  const cursor = decodeCursor(args.after, 2);
  const after = cursor ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : null;
  if (after && (Number.isNaN(Date.parse(after.createdAt)) || !UUID.test(after.id)))
    throw badInput('after', 'validation.cursor');
  const repo = new CampaignsRepository(ctx.db);
  const rows = await repo.list(where, after, first + 1);
  return toConnection(
    rows,
    first,
    after != null,
    (r) => [r.createdAt.toISOString(), r.id],
    toCampaignNode,
    () => repo.count(where),
  );
}

/** A campaign row the viewer may see, or null (missing and forbidden look the same). */
export async function visibleCampaign(ctx: Context, globalId: string): Promise<CampaignRow | null> {
  requireCampaignAccess(ctx);
  const id = tryParseId(globalId, 'Campaign');
  const row = id ? await ctx.loaders.campaignById.load(id) : null;
  return row && canSeeCampaign(ctx, row) ? row : null;
}

export async function getCampaign(ctx: Context, globalId: string) {
  const row = await visibleCampaign(ctx, globalId);
  return row ? toCampaignNode(row) : null;
}

export async function getCampaignItem(ctx: Context, globalId: string) {
  requireCampaignAccess(ctx);
  const id = tryParseId(globalId, 'CampaignItem');
  const item = id ? await ctx.loaders.campaignItemById.load(id) : null;
  const campaign = item ? await ctx.loaders.campaignById.load(item.campaignId) : null;
  return item && campaign && canSeeCampaign(ctx, campaign) ? toCampaignItemNode(item) : null;
}

/** A campaign's items in list order (the parent campaign was already checked). */
export async function campaignItems(
  ctx: Context,
  campaignId: string,
  args: { state?: unknown; search?: unknown; first?: number | null; after?: string | null },
) {
  const parsed = parseInput(CampaignItemsArgs, { state: args.state ?? null, search: args.search ?? null });
  const where = itemCondition({ states: parsed.state, search: parsed.search });
  const first = pageSize(args.first);
  const cursor = decodeCursor(args.after, 2);
  const after = cursor ? { position: Number(cursor[0]), id: String(cursor[1]) } : null;
  if (after && (!Number.isInteger(after.position) || !UUID.test(after.id)))
    throw badInput('after', 'validation.cursor');
  const repo = new CampaignsRepository(ctx.db);
  const rows = await repo.items(campaignId, where, after, first + 1);
  return toConnection(
    rows,
    first,
    after != null,
    (r) => [r.position, r.id],
    toCampaignItemNode,
    () => repo.countItems(campaignId, where),
  );
}

export async function progressByAgent(ctx: Context, rawFilter: unknown) {
  const where = campaignWhere(ctx, rawFilter);
  const rows = await new CampaignsRepository(ctx.db).progressByAgent(where);
  const users = await ctx.loaders.userById.loadMany(rows.map((r) => r.agentId));
  return rows
    .map(({ agentId: _agentId, campaigns, ...counts }, i) => ({
      agent: toUserNode(loaded(users[i])),
      campaigns,
      progress: toProgress(counts),
    }))
    .sort((a, b) => a.agent.name.localeCompare(b.agent.name));
}

/** Active users who may be given a campaign (campaigns.work or campaigns.manage), by name. */
export async function campaignAgents(ctx: Context) {
  requireManage(ctx);
  const rows = await new CampaignsRepository(ctx.db).allEligibleAgents();
  const users = await ctx.loaders.userById.loadMany(rows);
  return users.map((u) => toUserNode(loaded(u)));
}

export function requireManage(ctx: Context): Viewer {
  return requirePermission(ctx, 'campaigns.manage');
}

/** Agent ids (global) → row ids in the given order, and their names; each must be allowed to work campaigns. */
export async function resolveAgents(ctx: Context, globalIds: string[], field: string) {
  const ids = globalIds.map((g, i) => parseId(g, 'User', `${field}.${i}`));
  const names = await new CampaignsRepository(ctx.db).eligibleAgents(ids);
  ids.forEach((id, i) => {
    if (!names.has(id)) throw badInput(`${field}.${i}`, 'validation.campaign.agent');
  });
  return { ids, names };
}

export async function previewGeneration(ctx: Context, args: Record<string, unknown>) {
  requireManage(ctx);
  const input = parseInput(PreviewCampaignGenerationArgs, args);
  const { where } = await clientWhere(ctx, input.filter);
  const exclude = input.excludeInActiveCampaigns ?? false;
  const agentIds =
    input.agentIds?.length && input.strategy ? (await resolveAgents(ctx, input.agentIds, 'agentIds')).ids : [];
  const distribution = { where, agentIds, strategy: input.strategy!, excludeInOpenCampaigns: exclude };
  // Only BY_ACCOUNT_MANAGER needs the assignment query; the other strategies' sizes follow from the count.
  const byManager = agentIds.length > 0 && input.strategy === 'BY_ACCOUNT_MANAGER';
  const [counts, sample, managerSplit] = await Promise.all([
    matchCounts(ctx.db, where, exclude),
    sampleClientIds(ctx.db, where, exclude, input.sampleSize ?? 10),
    byManager ? splitCounts(ctx.db, distribution) : Promise.resolve(null),
  ]);
  const split = managerSplit ?? (agentIds.length ? evenSplitCounts(counts.total - counts.inOpen, agentIds.length) : []);
  const [clients, users] = await Promise.all([
    ctx.loaders.clientById.loadMany(sample),
    ctx.loaders.userById.loadMany(agentIds),
  ]);
  return {
    count: counts.total - counts.inOpen,
    excludedCount: counts.inOpen,
    sample: clients.map((c) => toClientNode(loaded(c))),
    split: split.map((count, i) => ({ agent: toUserNode(loaded(users[i])), count })),
  };
}
