// GraphQL resolvers for attribute definitions: thin wrappers over the service; labels follow the caller's language.
import { labelIn } from '@veza/shared';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import type { Context } from '../../graphql/context.ts';
import * as attributes from './attributes.service.ts';

const locale = (ctx: Context) => ctx.viewer?.user.locale ?? 'en';

export const attributesResolvers: Resolvers<Context> = {
  Query: {
    attributeDefinitions: (_p, args, ctx) => attributes.listAttributeDefinitions(ctx, args),
  },
  Mutation: {
    createAttributeDefinition: (_p, args, ctx) => attributes.createAttributeDefinition(ctx, args.input),
    updateAttributeDefinition: (_p, args, ctx) => attributes.updateAttributeDefinition(ctx, args),
  },
  AttributeDefinition: {
    label: (def, _args, ctx) => labelIn(def.labels, locale(ctx)),
  },
  AttributeChoice: {
    label: (choice, _args, ctx) => labelIn(choice.labels, locale(ctx)),
  },
};
