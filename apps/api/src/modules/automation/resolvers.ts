// GraphQL resolvers for automation rules.
import type { Resolvers } from '@veza/shared/resolvers';
import type { Context } from '../../graphql/context.ts';
import * as automation from './automation.service.ts';

export const automationResolvers: Resolvers<Context> = {
  Query: {
    automationRules: (_p, _args, ctx) => automation.listRules(ctx),
    automationRule: (_p, args, ctx) => automation.getRule(ctx, args.id),
    automationRuns: (_p, args, ctx) => automation.listRuns(ctx, args),
  },
  Mutation: {
    createAutomationRule: (_p, args, ctx) => automation.createRule(ctx, args),
    updateAutomationRule: (_p, args, ctx) => automation.updateRule(ctx, args),
    previewAutomationRule: (_p, args, ctx) => automation.previewRule(ctx, args),
  },
};
