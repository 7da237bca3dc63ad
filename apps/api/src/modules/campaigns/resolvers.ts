// GraphQL resolvers for call campaigns: queries, writes, item work, reports, and the Activity ↔ item link.
import type { Resolvers } from '@veza/shared/resolvers';
import type { Context } from '../../graphql/context.ts';
import { toActivityNode } from '../activities/activities.mapper.ts';
import { canSee as canSeeActivity } from '../activities/activities.service.ts';
import { toClientNode } from '../clients/clients.mapper.ts';
import { toUserNode } from '../users/users.mapper.ts';
import * as items from './campaign-items.service.ts';
import { reassignCampaignItems } from './campaign-reassign.service.ts';
import * as reports from './campaign-reports.service.ts';
import * as writes from './campaign-writes.service.ts';
import {
  asCampaignItemNode,
  asCampaignNode,
  toCampaignItemNode,
  toCampaignNode,
  toProgress,
} from './campaigns.mapper.ts';
import * as campaigns from './campaigns.service.ts';

const userById = async (ctx: Context, id: string | null) => {
  const row = id ? await ctx.loaders.userById.load(id) : null;
  return row ? toUserNode(row) : null;
};

/** A live activity the viewer may see, or null. */
const visibleActivity = async (ctx: Context, id: string | null) => {
  const row = id ? await ctx.loaders.activityById.load(id) : null;
  return row && !row.deletedAt && (await canSeeActivity(ctx, row)) ? toActivityNode(row) : null;
};

export const campaignsResolvers: Resolvers<Context> = {
  Query: {
    previewCampaignGeneration: (_p, args, ctx) => campaigns.previewGeneration(ctx, args) as never,
    campaigns: (_p, args, ctx) => campaigns.listCampaigns(ctx, args),
    campaign: (_p, args, ctx) => campaigns.getCampaign(ctx, args.id),
    campaignItem: (_p, args, ctx) => campaigns.getCampaignItem(ctx, args.id),
    campaignAgents: (_p, _args, ctx) => campaigns.campaignAgents(ctx),
    campaignProgressByAgent: (_p, args, ctx) => campaigns.progressByAgent(ctx, args.filter),
    campaignReport: (_p, args, ctx) => reports.campaignReport(ctx, args.campaignId) as never,
    campaignAgentReport: (_p, args, ctx) => reports.campaignAgentReport(ctx, args.filter) as never,
  },
  Mutation: {
    generateCampaigns: (_p, args, ctx) => writes.generateCampaigns(ctx, args.input),
    createCampaign: (_p, args, ctx) => writes.createCampaign(ctx, args.input),
    updateCampaign: (_p, args, ctx) => writes.updateCampaign(ctx, args),
    addClientsToCampaign: (_p, args, ctx) => writes.addClientsToCampaign(ctx, args),
    removeCampaignItems: (_p, args, ctx) => writes.removeCampaignItems(ctx, args.itemIds),
    reassignCampaignItems: (_p, args, ctx) => reassignCampaignItems(ctx, args),
    completeCampaign: (_p, args, ctx) => writes.completeCampaign(ctx, args.id, args.version),
    cancelCampaign: (_p, args, ctx) => writes.cancelCampaign(ctx, args.id, args.version),
    startCampaignItem: (_p, args, ctx) => items.startCampaignItem(ctx, args.id),
    skipCampaignItem: (_p, args, ctx) => items.skipCampaignItem(ctx, args.id, args.reason),
    reopenCampaignItem: (_p, args, ctx) => items.reopenCampaignItem(ctx, args.id),
  },
  Campaign: {
    agent: async (parent, _args, ctx) => (await userById(ctx, asCampaignNode(parent).agentId))!,
    createdBy: (parent, _args, ctx) => userById(ctx, asCampaignNode(parent).createdById),
    progress: async (parent, _args, ctx) =>
      toProgress(await ctx.loaders.campaignProgressById.load(asCampaignNode(parent).rowId)),
    items: (parent, args, ctx) => campaigns.campaignItems(ctx, asCampaignNode(parent).rowId, args),
    nextItem: async (parent, _args, ctx) => {
      const row = await ctx.loaders.nextCampaignItemById.load(asCampaignNode(parent).rowId);
      return row ? toCampaignItemNode(row) : null;
    },
  },
  CampaignItem: {
    campaign: async (parent, _args, ctx) =>
      toCampaignNode((await ctx.loaders.campaignById.load(asCampaignItemNode(parent).campaignId))!),
    client: async (parent, _args, ctx) =>
      toClientNode((await ctx.loaders.clientById.load(asCampaignItemNode(parent).clientId))!),
    outcome: async (parent, _args, ctx) => {
      const id = asCampaignItemNode(parent).outcomeId;
      return id ? ((await ctx.loaders.dictionaryValueById.load(id))?.node ?? null) : null;
    },
    activity: (parent, _args, ctx) => visibleActivity(ctx, asCampaignItemNode(parent).activityId),
    activities: async (parent, _args, ctx) => {
      const ids = await ctx.loaders.activityIdsByCampaignItemId.load(asCampaignItemNode(parent).rowId);
      const nodes = await Promise.all(ids.map((id) => visibleActivity(ctx, id)));
      return nodes.filter((n) => n != null);
    },
  },
  Activity: {
    campaignItem: async (parent, _args, ctx) => {
      const itemId = await ctx.loaders.campaignItemIdByActivityId.load((parent as { rowId: string }).rowId);
      const item = itemId ? await ctx.loaders.campaignItemById.load(itemId) : null;
      const campaign = item ? await ctx.loaders.campaignById.load(item.campaignId) : null;
      return item && campaign && campaigns.canSeeCampaign(ctx, campaign) ? toCampaignItemNode(item) : null;
    },
  },
};
