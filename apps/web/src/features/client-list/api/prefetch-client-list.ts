// The client list's first page, asked for at start-up (before the session check answers) when the app opens on
// /clients without a link filter: the same variables as the page's first query, so the page finds it in flight or in
// the cache (a remembered saved view is applied after, as when the page loads it itself).
import type { ApolloClient } from '@apollo/client';
import { FILTER_PARAM } from '../../../lib/filter-link.ts';
import { rememberFetched } from '../../../lib/recently-fetched.ts';
import { ClientListQuery } from './client-list-query.ts';

/** Rows of the list's first page (a tall screen shows about 25) and of each page after it. */
export const CLIENTS_FIRST_PAGE = 50;
export const CLIENTS_PAGE_SIZE = 100;

export function prefetchClientList(client: ApolloClient, search: string): void {
  if (new URLSearchParams(search).has(FILTER_PARAM)) return;
  const variables = { filter: null, orderBy: null, first: CLIENTS_FIRST_PAGE };
  rememberFetched(ClientListQuery, variables);
  client.query({ query: ClientListQuery, variables }).catch(() => undefined);
}
