// GraphQL resolvers for activities, the calendar and the agenda.
import type { Resolvers } from '@veza/shared/resolvers';
import type { Context } from '../../graphql/context.ts';
import { childSelection } from '../../graphql/selection.ts';
import { toClientNode } from '../clients/clients.mapper.ts';
import { toPersonNode } from '../persons/persons.service.ts';
import { toUserNode } from '../users/users.mapper.ts';
import { asActivityNode, toActivityNode } from './activities.mapper.ts';
import * as activities from './activities.service.ts';
import * as writes from './activity-writes.service.ts';

const dictionaryField =
  (column: 'typeId' | 'categoryId' | 'channelId' | 'resultId') =>
  async (parent: unknown, _args: unknown, ctx: Context) => {
    const id = asActivityNode(parent)[column];
    return id ? ((await ctx.loaders.dictionaryValueById.load(id))?.node ?? null) : null;
  };

const userById = async (ctx: Context, id: string | null) => {
  const row = id ? await ctx.loaders.userById.load(id) : null;
  return row ? toUserNode(row) : null;
};

const personById = async (ctx: Context, id: string | null) => {
  const row = id ? await ctx.loaders.personById.load(id) : null;
  return row ? toPersonNode(row) : null;
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
    type: dictionaryField('typeId') as never,
    category: dictionaryField('categoryId'),
    channel: dictionaryField('channelId'),
    result: dictionaryField('resultId'),
    client: async (parent, _args, ctx) => {
      const row = await ctx.loaders.clientById.load(asActivityNode(parent).clientId);
      return toClientNode(row!);
    },
    contactPerson: (parent, _args, ctx) => personById(ctx, asActivityNode(parent).contactPersonId),
    owner: async (parent, _args, ctx) => (await userById(ctx, asActivityNode(parent).ownerId))!,
    createdBy: (parent, _args, ctx) => userById(ctx, asActivityNode(parent).createdById),
    participants: async (parent, _args, ctx) => {
      const rows = await ctx.loaders.participantsByActivityId.load(asActivityNode(parent).rowId);
      return Promise.all(
        rows.map(async (p) => ({ user: await userById(ctx, p.userId), person: await personById(ctx, p.personId) })),
      );
    },
    parent: async (parent, _args, ctx) => {
      const id = asActivityNode(parent).parentId;
      const row = id ? await ctx.loaders.activityById.load(id) : null;
      return row && !row.deletedAt && (await activities.canSee(ctx, row)) ? toActivityNode(row) : null;
    },
    children: async (parent, _args, ctx) => {
      const rows = await ctx.loaders.childrenByActivityId.load(asActivityNode(parent).rowId);
      const visible = await Promise.all(rows.map((r) => activities.canSee(ctx, r)));
      return rows.filter((_, i) => visible[i]).map(toActivityNode);
    },
  },
};
