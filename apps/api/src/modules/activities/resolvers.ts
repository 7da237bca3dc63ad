// GraphQL resolvers for activities, the calendar and the agenda, and the Activity ↔ campaign item link.
import type { Context } from '../../graphql/context.ts';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import { childSelection } from '../../graphql/selection.ts';
import { canSeeCampaign, toCampaignItemNode } from '../campaigns/index.ts';
import { linkedClient, linkedClientName } from '../clients/index.ts';
import { linkedPerson } from '../persons/index.ts';
import { toUserNode } from '../users/index.ts';
import { toActivityNode, type ActivityNode } from './activities.mapper.ts';
import * as activities from './activities.service.ts';
import * as writes from './activity-writes.service.ts';

const dictionaryField =
  (column: 'typeId' | 'categoryId' | 'channelId' | 'resultId') =>
  async (parent: ActivityNode, _args: unknown, ctx: Context) => {
    const id = parent[column];
    return id ? ((await ctx.loaders.dictionaryValueById.load(id))?.node ?? null) : null;
  };

const userById = async (ctx: Context, id: string | null) => {
  const row = id ? await ctx.loaders.userById.load(id) : null;
  return row ? toUserNode(row) : null;
};

/** A linked person only within the viewer's scope (persons follow their clients). */
const personById = (ctx: Context, id: string | null) => linkedPerson(ctx, id);

/** A live activity the viewer may see, or null. */
const visibleActivity = async (ctx: Context, id: string | null) => {
  const row = id ? await ctx.loaders.activityById.load(id) : null;
  return row && !row.deletedAt && (await activities.canSee(ctx, row)) ? toActivityNode(row) : null;
};

export const activitiesResolvers: Resolvers<Context> = {
  Query: {
    activities: (_p, args, ctx) => activities.listActivities(ctx, args),
    // Reads fewer columns when the events' `activity` asks only for what the calendar shows.
    calendarEvents: (_p, args, ctx, info) =>
      activities.calendarEvents(ctx, args, childSelection(info, 'activity') ?? new Set()),
    activity: (_p, args, ctx) => activities.getActivity(ctx, args.id),
    myAgenda: (_p, args, ctx) => activities.myAgenda(ctx, args.days),
  },
  Mutation: {
    createActivity: (_p, args, ctx) => writes.createActivity(ctx, args.input, args.idempotencyKey),
    updateActivity: (_p, args, ctx) => writes.updateActivity(ctx, args),
    moveActivity: (_p, args, ctx) => writes.moveActivity(ctx, args),
    closeActivity: (_p, args, ctx) => writes.closeActivity(ctx, args),
    cancelActivity: (_p, args, ctx) => writes.cancelActivity(ctx, args.id, args.version),
    reopenActivity: (_p, args, ctx) => writes.reopenActivity(ctx, args.id, args.version),
    deleteActivity: (_p, args, ctx) => writes.deleteActivity(ctx, args.id, args.version),
  },
  Activity: {
    type: async (parent, args, ctx) => (await dictionaryField('typeId')(parent, args, ctx))!,
    category: dictionaryField('categoryId'),
    channel: dictionaryField('channelId'),
    result: dictionaryField('resultId'),
    client: (parent, _args, ctx) => linkedClient(ctx, parent.clientId),
    clientName: (parent, _args, ctx) => linkedClientName(ctx, parent.clientId),
    contactPerson: (parent, _args, ctx) => personById(ctx, parent.contactPersonId),
    owner: async (parent, _args, ctx) => (await userById(ctx, parent.ownerId))!,
    createdBy: (parent, _args, ctx) => userById(ctx, parent.createdById),
    participants: async (parent, _args, ctx) => {
      const rows = await ctx.loaders.participantsByActivityId.load(parent.rowId);
      return Promise.all(
        rows.map(async (p) => ({ user: await userById(ctx, p.userId), person: await personById(ctx, p.personId) })),
      );
    },
    parent: (parent, _args, ctx) => visibleActivity(ctx, parent.parentId),
    children: async (parent, _args, ctx) => {
      const rows = await ctx.loaders.childrenByActivityId.load(parent.rowId);
      const visible = await Promise.all(rows.map((r) => activities.canSee(ctx, r)));
      return rows.filter((_, i) => visible[i]).map(toActivityNode);
    },
    campaignItem: async (parent, _args, ctx) => {
      const itemId = await ctx.loaders.campaignItemIdByActivityId.load(parent.rowId);
      const item = itemId ? await ctx.loaders.campaignItemById.load(itemId) : null;
      const campaign = item ? await ctx.loaders.campaignById.load(item.campaignId) : null;
      return item && campaign && canSeeCampaign(ctx, campaign) ? toCampaignItemNode(item) : null;
    },
  },
  CampaignItem: {
    activity: (parent, _args, ctx) => visibleActivity(ctx, parent.activityId),
    activities: async (parent, _args, ctx) => {
      const ids = await ctx.loaders.activityIdsByCampaignItemId.load(parent.rowId);
      const nodes = await Promise.all(ids.map((id) => visibleActivity(ctx, id)));
      return nodes.filter((n) => n != null);
    },
  },
};
