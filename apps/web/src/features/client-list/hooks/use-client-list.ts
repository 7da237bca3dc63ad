// The clients for a filter and sort, loaded page by page as the user scrolls (pages appended to the first one).
import type { ClientFilter } from '@veza/shared';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { useKeysetConnection } from '../../../lib/use-keyset-connection.ts';
import { ClientListQuery, type ClientFilterInputType, type ClientOrderInput } from '../api/client-list-query.ts';
import { CLIENTS_PAGE_SIZE } from '../api/prefetch-client-list.ts';

type Data = ResultOf<typeof ClientListQuery>;
const select = (data: Data) => data.clients;
const moreVariables = { withCount: false };

export function useClientList(filter: ClientFilter | null, orderBy: ClientOrderInput[]) {
  return useKeysetConnection(ClientListQuery, {
    variables: {
      filter: filter as ClientFilterInputType | null,
      orderBy: orderBy.length ? orderBy : null,
      first: CLIENTS_PAGE_SIZE,
    },
    select,
    moreVariables,
  });
}

export type ClientRow = ReturnType<typeof useClientList>['rows'][number];
