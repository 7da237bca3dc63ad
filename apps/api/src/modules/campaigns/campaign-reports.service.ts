// Campaign reports: one campaign's numbers, and per agent over a period / generation. reports.read sees everyone;
// without it a user gets only their own campaigns (asking for others is FORBIDDEN).
import { CampaignAgentReportFilterInput } from '@veza/shared';
import { hasPermission, requirePermission, requireViewer } from '../../auth/permissions.ts';
import { reaches, withinScope } from '../visibility/index.ts';
import type { Prisma } from '../../db/prisma.ts';
import type { Context } from '../../graphql/context.ts';
import { parseInput } from '../../graphql/errors.ts';
import { parseId, tryParseId } from '../../graphql/ids.ts';
import { loaded } from '../../graphql/loaded.ts';
import { toUserNode } from '../users/index.ts';
import {
  CampaignReportsRepository,
  existedIn,
  type ReportGroup,
  type ReportWindow,
} from './campaign-reports.repository.ts';
import { campaignCondition } from './campaign-filter.sql.ts';
import { toCampaignNode, toProgress } from './campaigns.mapper.ts';

/** Report rows keyed by campaign or agent: progress, outcomes, contacts and talk time, three grouped queries. */
async function reportRows(ctx: Context, where: Prisma.Sql, group: ReportGroup, window: ReportWindow) {
  const repo = new CampaignReportsRepository(ctx.db);
  const [progress, outcomes, contacts] = await Promise.all([
    repo.progress(where, group, window),
    repo.outcomes(where, group, window),
    repo.contacts(where, group, window),
  ]);
  const values = await ctx.loaders.dictionaryValueById.loadMany([
    ...new Set(outcomes.flatMap((o) => (o.outcomeId ? [o.outcomeId] : []))),
  ]);
  const valueById = new Map(values.flatMap((v) => (v && !(v instanceof Error) ? [[v.row.id, v.node] as const] : [])));
  return progress.map(({ key, campaigns, ...counts }) => {
    const c = contacts.find((x) => x.key === key);
    return {
      key,
      campaigns,
      progress: toProgress(counts),
      outcomes: outcomes
        .filter((o) => o.key === key)
        .map((o) => {
          const value = o.outcomeId ? valueById.get(o.outcomeId) : null;
          return { outcome: value ?? null, count: o.count };
        }),
      contacts: c?.contacts ?? 0,
      talkMinutes: c?.talkMinutes ?? 0,
    };
  });
}

/** reports.read, campaigns.manage or the campaign's own agent; anyone else gets null. */
export async function campaignReport(ctx: Context, campaignGlobalId: string) {
  const viewer = requireViewer(ctx);
  const id = tryParseId(campaignGlobalId, 'Campaign');
  const campaign = id ? await ctx.loaders.campaignById.load(id) : null;
  if (!campaign || !reaches(viewer, 'CAMPAIGNS', 'read', [campaign.agentId])) return null;
  const own = campaign.agentId === viewer.user.id && hasPermission(ctx, 'campaigns.work');
  if (!own && !hasPermission(ctx, 'reports.read') && !hasPermission(ctx, 'campaigns.manage')) return null;
  const [row] = await reportRows(ctx, campaignCondition({ campaignIds: [campaign.id] }), 'campaign', {
    from: null,
    to: null,
  });
  return {
    campaign: toCampaignNode(campaign),
    progress: row?.progress ?? toProgress(undefined),
    outcomes: row?.outcomes ?? [],
    contacts: row?.contacts ?? 0,
    talkMinutes: row?.talkMinutes ?? 0,
  };
}

export async function campaignAgentReport(ctx: Context, rawFilter: unknown) {
  const viewer = requirePermission(ctx, ['reports.read', 'campaigns.work', 'campaigns.manage']);
  const filter = parseInput(CampaignAgentReportFilterInput, rawFilter ?? {}, 'filter');
  const all = hasPermission(ctx, 'reports.read');
  const agentIds = filter.agentIds?.map((g, i) => parseId(g, 'User', `filter.agentIds.${i}`)) ?? null;
  // Other agents' numbers need reports.read.
  if (agentIds?.some((id) => id !== viewer.user.id)) requirePermission(ctx, 'reports.read');
  const window = { from: filter.from ?? null, to: filter.to ?? null };
  const where = campaignCondition(
    {
      agentId: all ? null : viewer.user.id,
      agentIds,
      generationId: filter.generationId && parseId(filter.generationId, 'CampaignGeneration', 'filter.generationId'),
      campaignIds: filter.campaignIds?.map((g, i) => parseId(g, 'Campaign', `filter.campaignIds.${i}`)),
    },
    [existedIn(window)],
  );
  const rows = await reportRows(ctx, withinScope(where, viewer, 'CAMPAIGNS', 'read', 'k'), 'agent', window);
  const users = await ctx.loaders.userById.loadMany(rows.map((r) => r.key));
  return rows
    .map(({ key: _key, ...row }, i) => ({ ...row, agent: toUserNode(loaded(users[i])) }))
    .sort((a, b) => a.agent.name.localeCompare(b.agent.name) || a.agent.id.localeCompare(b.agent.id));
}
