// GraphQL resolvers for reports: thin wrappers over the engine, saved templates and hourly rates.
import type { Context } from '../../graphql/context.ts';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import { listHourlyRates, setHourlyRate } from './hourly-rates.service.ts';
import { runReport } from './reports.service.ts';
import * as saved from './saved-reports.service.ts';

export const reportsResolvers: Resolvers<Context> = {
  Query: {
    runReport: (_p, args, ctx) => runReport(ctx, args.definition),
    savedReports: (_p, _args, ctx) => saved.listSavedReports(ctx),
    savedReport: (_p, args, ctx) => saved.getSavedReport(ctx, args.id),
    hourlyRates: (_p, args, ctx) => listHourlyRates(ctx, args.userId),
  },
  Mutation: {
    createSavedReport: (_p, args, ctx) => saved.createSavedReport(ctx, args.input),
    updateSavedReport: (_p, args, ctx) => saved.updateSavedReport(ctx, args),
    deleteSavedReport: (_p, args, ctx) => saved.deleteSavedReport(ctx, args.id),
    setHourlyRate: (_p, args, ctx) => setHourlyRate(ctx, args.input),
  },
};
