// GraphQL resolvers for notes, and the deprecated single `note` text of clients and persons.
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import type { Context } from '../../graphql/context.ts';
import { toUserNode } from '../users/index.ts';
import * as notes from './notes.service.ts';
import type { NoteNode } from './notes.service.ts';

const rowIdOf = (parent: unknown) => (parent as { rowId: string }).rowId;

export const notesResolvers: Resolvers<Context> = {
  Query: {
    notes: (_p, args, ctx) => notes.listNotes(ctx, args),
  },
  Mutation: {
    createNote: (_p, args, ctx) => notes.createNote(ctx, args.input),
    updateNote: (_p, args, ctx) => notes.updateNote(ctx, args),
    deleteNote: (_p, args, ctx) => notes.deleteNote(ctx, args),
  },
  Note: {
    author: async (parent, _args, ctx) => {
      const id = (parent as NoteNode).authorId;
      const row = id ? await ctx.loaders.userById.load(id) : null;
      return row ? toUserNode(row) : null;
    },
  },
  Client: { note: (parent, _args, ctx) => ctx.loaders.clientNoteHeadline.load(rowIdOf(parent)) },
  Person: { note: (parent, _args, ctx) => ctx.loaders.personNoteHeadline.load(rowIdOf(parent)) },
};
