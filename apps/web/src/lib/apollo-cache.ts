// The Apollo cache of the one client (app/apollo-client.ts). Lists read page by page (use-more-pages.ts) are one
// root field with another `after` per page. Without keyArgs Apollo cannot tell that `clients(after: "x")` and
// `clients(after: "y")` hold different data, so writing any page dirties every watched page of that field: page 100
// of the client list re-read the 99 before it (the long frames of `pnpm bench:web`'s scroll). Keyed by every
// argument, a page's write dirties only that page (and the records in it, wherever they are shown).
import { InMemoryCache } from '@apollo/client';
import type { FieldPolicy } from '@apollo/client/cache';
import { relayStylePagination } from '@apollo/client/utilities';

/** Root fields read as keyset pages, each page its own query (their arguments differ only in `after`). */
export const PAGED_QUERY_FIELDS = [
  'activities',
  'attachments',
  'auditLog',
  'automationRuns',
  'backgroundJobs',
  'campaignItems',
  'campaigns',
  'clients',
  'colleagues',
  'emailCampaigns',
  'emailTemplates',
  'notes',
  'notifications',
  'opportunities',
  'persons',
] as const;

/** The same store field as without a policy (every argument identifies it), but a field with keyArgs. */
export const everyArgument: FieldPolicy['keyArgs'] = (args) => (args ? Object.keys(args).sort() : undefined);

export function createCache(): InMemoryCache {
  const fields: Record<string, FieldPolicy> = { users: relayStylePagination(['filter']) };
  for (const name of PAGED_QUERY_FIELDS) fields[name] = { keyArgs: everyArgument };
  return new InMemoryCache({ typePolicies: { Query: { fields }, Me: { keyFields: [] } } });
}
