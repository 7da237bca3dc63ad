// Campaign reports: one campaign's numbers, and per agent over a period / generation. reports.read sees everyone;
// without it a user gets only their own campaigns (asking for others is FORBIDDEN).
import { CampaignAgentReportFilterInput } from '@veza/shared';
import { hasPermission, requireViewer } from '../../auth/permissions.ts';
import { Prisma } from '../../db/prisma.ts';
import type { Context } from '../../graphql/context.ts';
import { forbidden, parseInput } from '../../graphql/errors.ts';
import { parseId, tryParseId } from '../../graphql/ids.ts';
import { toUserNode } from '../users/users.mapper.ts';
import {
  CampaignReportsRepository,
  existedIn,
  type ReportGroup,
  type ReportWindow,
} from './campaign-reports.repository.ts';
import { toCampaignNode, toProgress } from './campaigns.mapper.ts';

const { sql, join } = Prisma;

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
  if (!campaign) return null;
  const own = campaign.agentId === viewer.user.id && hasPermission(ctx, 'campaigns.work');
  if (!own && !hasPermission(ctx, 'reports.read') && !hasPermission(ctx, 'campaigns.manage')) return null;
  const [row] = await reportRows(ctx, sql`k.id = ${campaign.id}::uuid`, 'campaign', { from: null, to: null });
  return {
    campaign: toCampaignNode(campaign),
    progress: row?.progress ?? toProgress(undefined),
    outcomes: row?.outcomes ?? [],
    contacts: row?.contacts ?? 0,
    talkMinutes: row?.talkMinutes ?? 0,
  };
}

export async function campaignAgentReport(ctx: Context, rawFilter: unknown) {
  const viewer = requireViewer(ctx);
  const filter = parseInput(CampaignAgentReportFilterInput, rawFilter ?? {}, 'filter');
  const all = hasPermission(ctx, 'reports.read');
  if (!all && !hasPermission(ctx, 'campaigns.work') && !hasPermission(ctx, 'campaigns.manage'))
    throw forbidden('reports.read');
  const agentIds = filter.agentIds?.map((g, i) => parseId(g, 'User', `filter.agentIds.${i}`)) ?? null;
  if (!all && agentIds?.some((id) => id !== viewer.user.id)) throw forbidden('reports.read');
  const window = { from: filter.from ?? null, to: filter.to ?? null };
  const parts = [existedIn(window)];
  if (!all) parts.push(sql`k.agent_id = ${viewer.user.id}::uuid`);
  if (agentIds?.length) parts.push(sql`k.agent_id = ANY(${agentIds}::uuid[])`);
  if (filter.generationId)
    parts.push(
      sql`k.generation_id = ${parseId(filter.generationId, 'CampaignGeneration', 'filter.generationId')}::uuid`,
    );
  if (filter.campaignIds?.length) {
    const ids = filter.campaignIds.map((g, i) => parseId(g, 'Campaign', `filter.campaignIds.${i}`));
    parts.push(sql`k.id = ANY(${ids}::uuid[])`);
  }
  const rows = await reportRows(ctx, join(parts, ' AND '), 'agent', window);
  const users = await ctx.loaders.userById.loadMany(rows.map((r) => r.key));
  return rows
    .map(({ key: _key, ...row }, i) => ({ ...row, agent: toUserNode(users[i] as never) }))
    .sort((a, b) => a.agent.name.localeCompare(b.agent.name) || a.agent.id.localeCompare(b.agent.id));
}
