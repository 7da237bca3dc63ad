// GraphQL resolvers for dictionaries: thin wrappers over the service; `label` follows the caller's language.
import { labelIn } from '@veza/shared';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import type { Context } from '../../graphql/context.ts';
import * as dictionaries from './dictionaries.service.ts';

export const dictionariesResolvers: Resolvers<Context> = {
  Query: {
    dictionary: (_p, args, ctx) => dictionaries.listDictionary(ctx, args),
  },
  Mutation: {
    createDictionaryValue: (_p, args, ctx) => dictionaries.createDictionaryValue(ctx, args.input),
    updateDictionaryValue: (_p, args, ctx) => dictionaries.updateDictionaryValue(ctx, args),
  },
  DictionaryValue: {
    label: (value, _args, ctx) => labelIn(value.labels, ctx.viewer?.user.locale ?? 'en'),
  },
};
