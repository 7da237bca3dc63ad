// The clients for a filter and sort, loaded page by page as the user scrolls (pages appended to the first one).
import { useQuery } from '@apollo/client/react';
import type { ClientFilter } from '@veza/shared';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { useKeysetConnection } from '../../../lib/use-keyset-connection.ts';
import { ClientListQuery, type ClientFilterInputType, type ClientOrderInput } from '../api/client-list-query.ts';
import { CLIENTS_FIRST_PAGE, CLIENTS_PAGE_SIZE } from '../api/prefetch-client-list.ts';

type Data = ResultOf<typeof ClientListQuery>;
const select = (data: Data) => data.clients;
// The first page is what the screen shows (and what the first load parses, normalises and reads back from Apollo's
// cache before the list paints); the pages after it are bigger, as scrolling asks for them.
const moreVariables = { withCount: false, first: CLIENTS_PAGE_SIZE };

const firstPage = (filter: ClientFilter | null, orderBy: ClientOrderInput[]) => ({
  filter: filter as ClientFilterInputType | null,
  orderBy: orderBy.length ? orderBy : null,
  first: CLIENTS_FIRST_PAGE,
});

export function useClientList(filter: ClientFilter | null, orderBy: ClientOrderInput[]) {
  return useKeysetConnection(ClientListQuery, { variables: firstPage(filter, orderBy), select, moreVariables });
}

/**
 * The list's size from its first page, as useClientList (in the rows' component) reads it into the cache: this only
 * watches the cache (cache-only; Apollo reuses the rows' cached read), so the page around the rows renders when the
 * first page lands, not when the pages after it arrive.
 */
export function useClientListSize(filter: ClientFilter | null, orderBy: ClientOrderInput[]) {
  const { data } = useQuery(ClientListQuery, { variables: firstPage(filter, orderBy), fetchPolicy: 'cache-only' });
  const connection = data?.clients;
  return {
    totalCount: connection?.count?.value ?? 0,
    /** False when totalCount is the database's estimate (show it as "about …"). */
    countExact: connection?.count?.exact ?? true,
    /** The first page is not there yet. */
    loading: !connection,
  };
}

export type ClientRow = ReturnType<typeof useClientList>['rows'][number];
