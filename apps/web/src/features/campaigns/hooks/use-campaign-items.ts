// A campaign's items in list order, optionally only some states or matching a client name; "load more" pages on.
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { useKeysetConnection } from '../../../lib/use-keyset-connection.ts';
import { CampaignItemsQuery } from '../api/campaign-items-query.ts';
import type { ItemState } from '../lib/progress.ts';

export const ITEMS_PAGE_SIZE = 50;

type Data = ResultOf<typeof CampaignItemsQuery>;
const select = (data: Data) => data.campaign?.items;

export function useCampaignItems(campaignId: string, states: readonly ItemState[], search: string) {
  const { rows, ...list } = useKeysetConnection(CampaignItemsQuery, {
    variables: {
      id: campaignId,
      state: states.length ? [...states] : null,
      search: search || null,
      first: ITEMS_PAGE_SIZE,
    },
    select,
  });
  return { ...list, items: rows };
}

export type CampaignItemRow = ReturnType<typeof useCampaignItems>['items'][number];
