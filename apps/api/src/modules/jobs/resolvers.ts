// GraphQL resolvers for the background-jobs admin page.
import type { Resolvers } from '@veza/shared/resolvers';
import type { Context } from '../../graphql/context.ts';
import * as jobs from './jobs.service.ts';

export const jobsResolvers: Resolvers<Context> = {
  Query: {
    jobQueues: (_p, _args, ctx) => jobs.listQueues(ctx),
    backgroundJobs: (_p, args, ctx) => jobs.listJobs(ctx, args),
  },
  Mutation: {
    retryBackgroundJob: (_p, args, ctx) => jobs.retryJob(ctx, args),
    cancelBackgroundJob: (_p, args, ctx) => jobs.cancelJob(ctx, args),
  },
};
