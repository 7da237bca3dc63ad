// GraphQL resolvers for the GDPR export and erasure of a person.
import type { Context } from '../../graphql/context.ts';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import { erasePerson, exportPersonData } from './gdpr.service.ts';

export const gdprResolvers: Resolvers<Context> = {
  Query: {
    exportPersonData: (_p, args, ctx) => exportPersonData(ctx, args),
  },
  Mutation: {
    erasePerson: (_p, args, ctx) => erasePerson(ctx, args),
  },
};
