// GraphQL resolvers for opportunities, the pipeline, currencies and exchange rates.
import { setBaseCurrency } from './base-currency.service.ts';
import Decimal from 'decimal.js';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import type { Context } from '../../graphql/context.ts';
import { globalId } from '../../graphql/ids.ts';
import { linkedClient, linkedClientName } from '../clients/index.ts';
import { listActivities } from '../activities/index.ts';
import { linkedPerson } from '../persons/index.ts';
import { toUserNode } from '../users/index.ts';
import * as rates from './exchange-rates.service.ts';
import { asOpportunityNode } from './opportunities.mapper.ts';
import * as opportunities from './opportunities.service.ts';
import * as stages from './opportunity-stages.service.ts';
import * as writes from './opportunity-writes.service.ts';
import { pipeline, stageColumn, type PipelineStageParent } from './pipeline.service.ts';

const dictionaryNode = async (ctx: Context, id: string | null) =>
  id ? ((await ctx.loaders.dictionaryValueById.load(id))?.node ?? null) : null;

const userNode = async (ctx: Context, id: string | null) => {
  const row = id ? await ctx.loaders.userById.load(id) : null;
  return row ? toUserNode(row) : null;
};

const stageParent = (parent: unknown) => parent as PipelineStageParent;
const asChange = (parent: unknown) =>
  parent as { fromStageId: string | null; toStageId: string; changedAt: Date; changedById: string | null };

/** Locked for closed ones; open ones at today's rate (null while the currency has none). */
async function baseAmount(ctx: Context, parent: unknown) {
  const o = asOpportunityNode(parent);
  if (o.closedAt) return o.baseAmount;
  const rate = await ctx.loaders.todayRate.load(o.currency);
  return rate ? new Decimal(o.amount).div(rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) : null;
}

export const opportunitiesResolvers: Resolvers<Context> = {
  Query: {
    opportunities: (_p, args, ctx) => opportunities.listOpportunities(ctx, args),
    opportunity: (_p, args, ctx) => opportunities.getOpportunity(ctx, args.id),
    pipeline: (_p, args, ctx) => pipeline(ctx, args),
    currencies: (_p, args, ctx) => rates.listCurrencies(ctx, args.includeDisabled ?? false),
    exchangeRates: (_p, args, ctx) => rates.listExchangeRates(ctx, args),
  },
  Mutation: {
    createOpportunity: (_p, args, ctx) => writes.createOpportunity(ctx, args.input),
    updateOpportunity: (_p, args, ctx) => writes.updateOpportunity(ctx, args),
    moveOpportunity: (_p, args, ctx) => stages.moveOpportunity(ctx, args),
    markOpportunityWon: (_p, args, ctx) => stages.markOpportunityWon(ctx, args),
    markOpportunityLost: (_p, args, ctx) => stages.markOpportunityLost(ctx, args),
    reopenOpportunity: (_p, args, ctx) => stages.reopenOpportunity(ctx, args),
    deleteOpportunity: (_p, args, ctx) => writes.deleteOpportunity(ctx, args),
    setExchangeRate: (_p, args, ctx) => rates.setExchangeRate(ctx, args.input),
    deleteExchangeRate: (_p, args, ctx) => rates.deleteExchangeRate(ctx, args),
    importExchangeRates: (_p, args, ctx) => rates.importExchangeRates(ctx, args),
    setCurrencyEnabled: (_p, args, ctx) => rates.setCurrencyEnabled(ctx, args),
    setBaseCurrency: (_p, args, ctx) => setBaseCurrency(ctx, args),
  },
  Opportunity: {
    client: (parent, _a, ctx) => linkedClient(ctx, asOpportunityNode(parent).clientId),
    clientName: (parent, _a, ctx) => linkedClientName(ctx, asOpportunityNode(parent).clientId),
    owner: async (parent, _a, ctx) => (await userNode(ctx, asOpportunityNode(parent).ownerId))!,
    stage: async (parent, _a, ctx) => (await dictionaryNode(ctx, asOpportunityNode(parent).stageId))!,
    leadSource: (parent, _a, ctx) => dictionaryNode(ctx, asOpportunityNode(parent).leadSourceId),
    lostReason: (parent, _a, ctx) => dictionaryNode(ctx, asOpportunityNode(parent).lostReasonId),
    baseAmount: (parent, _a, ctx) => baseAmount(ctx, parent),
    baseCurrency: async (parent, _a, ctx) =>
      asOpportunityNode(parent).lockedCurrency ?? (await ctx.loaders.baseCurrency.load('base')),
    persons: async (parent, _a, ctx) => {
      const ids = await ctx.loaders.opportunityPersonIds.load(asOpportunityNode(parent).rowId);
      // Only the persons the viewer may read (persons follow their clients).
      const nodes = await Promise.all(ids.map((id) => linkedPerson(ctx, id)));
      return nodes.flatMap((n) => (n && !n.deletedAt ? [n] : []));
    },
    stageHistory: (parent, _a, ctx) => ctx.loaders.opportunityStageChanges.load(asOpportunityNode(parent).rowId),
    activities: (parent, args, ctx) =>
      listActivities(ctx, { ...args, filter: { opportunityId: asOpportunityNode(parent).id } }),
  },
  OpportunityStageChange: {
    from: (parent, _a, ctx) => dictionaryNode(ctx, asChange(parent).fromStageId),
    to: async (parent, _a, ctx) => (await dictionaryNode(ctx, asChange(parent).toStageId))!,
    changedBy: (parent, _a, ctx) => userNode(ctx, asChange(parent).changedById),
  },
  PipelineStage: {
    stage: async (parent, _a, ctx) => (await dictionaryNode(ctx, stageParent(parent).stageRowId))!,
    opportunities: (parent, args, ctx) => stageColumn(ctx, stageParent(parent), args),
  },
  Activity: {
    opportunity: async (parent, _a, ctx) => {
      const id = (parent as { opportunityId?: string | null }).opportunityId;
      return id ? opportunities.getOpportunity(ctx, globalId('Opportunity', id)) : null;
    },
  },
};
