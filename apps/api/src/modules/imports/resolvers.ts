// GraphQL resolvers for imports; the job itself runs in import-runner.ts, the report downloads over imports.routes.ts.
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import type { Context } from '../../graphql/context.ts';
import * as imports from './imports.service.ts';

export const importsResolvers: Resolvers<Context> = {
  Query: {
    importPreview: (_p, args, ctx) => imports.importPreview(ctx, args.fileId, args.entity ?? 'CLIENT'),
    importJob: (_p, args, ctx) => imports.importJob(ctx, args.id),
    importMappings: (_p, args, ctx) => imports.importMappings(ctx, args.entity ?? 'CLIENT'),
  },
  Mutation: {
    startImport: (_p, args, ctx) => imports.startImport(ctx, args.input),
    cancelImport: (_p, args, ctx) => imports.cancelImport(ctx, args.id),
  },
  ImportJob: {
    issues: (parent, _args, ctx) => imports.importIssues(ctx, (parent as { rowId: string }).rowId),
    unmatchedValues: (parent, _args, ctx) => imports.importUnmatchedValues(ctx, (parent as { rowId: string }).rowId),
  },
};
