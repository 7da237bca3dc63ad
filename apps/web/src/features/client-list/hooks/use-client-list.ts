// The clients for a filter and sort, loaded page by page as the user scrolls (pages appended to the first one).
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

export function useClientList(filter: ClientFilter | null, orderBy: ClientOrderInput[]) {
  return useKeysetConnection(ClientListQuery, {
    variables: {
      filter: filter as ClientFilterInputType | null,
      orderBy: orderBy.length ? orderBy : null,
      first: CLIENTS_FIRST_PAGE,
    },
    select,
    moreVariables,
  });
}

export type ClientRow = ReturnType<typeof useClientList>['rows'][number];
