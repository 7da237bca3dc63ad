// GraphQL resolvers of the audit log.
import type { Context } from '../../graphql/context.ts';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import { toUserNode } from '../users/index.ts';
import { referenceLabel } from './audit-labels.ts';
import { auditLog } from './audit.service.ts';

export const auditResolvers: Resolvers<Context> = {
  Query: {
    auditLog: (_p, args, ctx) => auditLog(ctx, args),
  },
  AuditEntry: {
    actor: async (parent, _args, ctx) => {
      const row = parent.actorId ? await ctx.loaders.userById.load(parent.actorId) : null;
      return row && toUserNode(row);
    },
  },
  AuditFieldChange: {
    oldLabel: (parent, _args, ctx) => referenceLabel(ctx, parent.field ?? '', parent.oldValue),
    newLabel: (parent, _args, ctx) => referenceLabel(ctx, parent.field ?? '', parent.newValue),
  },
};
