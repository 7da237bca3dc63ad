// GraphQL resolvers for the LDAP / Active Directory settings and their test.
import type { Context } from '../../graphql/context.ts';
import type { Resolvers } from '../../graphql/generated/resolvers.ts';
import { ldapSettings, updateLdapSettings } from './ldap-settings.service.ts';
import { testLdapSettings } from './ldap-test.service.ts';

export const ldapResolvers: Resolvers<Context> = {
  Query: {
    ldapSettings: (_p, _a, ctx) => ldapSettings(ctx),
  },
  Mutation: {
    updateLdapSettings: (_p, args, ctx) => updateLdapSettings(ctx, args),
    testLdapSettings: (_p, args, ctx) => testLdapSettings(ctx, args),
  },
};
