// GraphQL resolvers for call campaigns: queries, writes, item work and reports (the Activity ↔ item link is in the
// activities module).
import type { Context } from '../../graphql/context.ts';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import { linkedClient, linkedClientName } from '../clients/index.ts';
import { toUserNode } from '../users/index.ts';
import { listCampaignItems } from './campaign-item-list.service.ts';
import * as items from './campaign-items.service.ts';
import { reassignCampaignItems } from './campaign-reassign.service.ts';
import * as reports from './campaign-reports.service.ts';
import * as writes from './campaign-writes.service.ts';
import { toCampaignItemNode, toCampaignNode, toProgress } from './campaigns.mapper.ts';
import * as campaigns from './campaigns.service.ts';

const userById = async (ctx: Context, id: string | null) => {
  const row = id ? await ctx.loaders.userById.load(id) : null;
  return row ? toUserNode(row) : null;
};

export const campaignsResolvers: Resolvers<Context> = {
  Query: {
    previewCampaignGeneration: (_p, args, ctx) => campaigns.previewGeneration(ctx, args),
    campaigns: (_p, args, ctx) => campaigns.listCampaigns(ctx, args),
    campaign: (_p, args, ctx) => campaigns.getCampaign(ctx, args.id),
    campaignItem: (_p, args, ctx) => campaigns.getCampaignItem(ctx, args.id),
    campaignItems: (_p, args, ctx) => listCampaignItems(ctx, args),
    campaignAgents: (_p, _args, ctx) => campaigns.campaignAgents(ctx),
    campaignProgressByAgent: (_p, args, ctx) => campaigns.progressByAgent(ctx, args.filter),
    campaignReport: (_p, args, ctx) => reports.campaignReport(ctx, args.campaignId),
    campaignAgentReport: (_p, args, ctx) => reports.campaignAgentReport(ctx, args.filter),
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
    agent: async (parent, _args, ctx) => (await userById(ctx, parent.agentId))!,
    createdBy: (parent, _args, ctx) => userById(ctx, parent.createdById),
    progress: async (parent, _args, ctx) => toProgress(await ctx.loaders.campaignProgressById.load(parent.rowId)),
    items: (parent, args, ctx) => campaigns.campaignItems(ctx, parent.rowId, args),
    nextItem: async (parent, _args, ctx) => {
      const row = await ctx.loaders.nextCampaignItemById.load(parent.rowId);
      return row ? toCampaignItemNode(row) : null;
    },
  },
  CampaignItem: {
    campaign: async (parent, _args, ctx) => toCampaignNode((await ctx.loaders.campaignById.load(parent.campaignId))!),
    client: (parent, _args, ctx) => linkedClient(ctx, parent.clientId),
    clientName: (parent, _args, ctx) => linkedClientName(ctx, parent.clientId),
    outcome: async (parent, _args, ctx) => {
      const id = parent.outcomeId;
      return id ? ((await ctx.loaders.dictionaryValueById.load(id))?.node ?? null) : null;
    },
  },
};
