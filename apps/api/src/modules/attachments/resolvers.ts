// GraphQL resolvers for attachments; the bytes travel over attachments.routes.ts.
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import type { Context } from '../../graphql/context.ts';
import * as attachments from './attachments.service.ts';
import type { AttachmentNode } from './attachments.service.ts';
import { toUserNode } from '../users/index.ts';

export const attachmentsResolvers: Resolvers<Context> = {
  Query: {
    attachments: (_p, args, ctx) => attachments.listAttachments(ctx, args),
  },
  Mutation: {
    attachFile: (_p, args, ctx) => attachments.attachFile(ctx, args.input),
    renameAttachment: (_p, args, ctx) => attachments.renameAttachment(ctx, args),
    deleteAttachment: (_p, args, ctx) => attachments.deleteAttachment(ctx, args),
  },
  Attachment: {
    createdBy: async (parent, _args, ctx) => {
      const id = (parent as AttachmentNode).createdById;
      const row = id ? await ctx.loaders.userById.load(id) : null;
      return row ? toUserNode(row) : null;
    },
  },
};
