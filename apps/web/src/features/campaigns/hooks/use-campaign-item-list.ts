// Campaign items across campaigns matching a filter (from a report cell's link); "load more" pages on.
import type { CampaignItemFilter } from '@veza/shared';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { useKeysetConnection } from '../../../lib/use-keyset-connection.ts';
import { CampaignItemListQuery } from '../api/campaign-item-list-query.ts';
import { ITEMS_PAGE_SIZE } from './use-campaign-items.ts';

type Data = ResultOf<typeof CampaignItemListQuery>;
const select = (data: Data) => data.campaignItems;

export function useCampaignItemList(filter: CampaignItemFilter | null) {
  const { rows, ...list } = useKeysetConnection(CampaignItemListQuery, {
    variables: { filter, first: ITEMS_PAGE_SIZE },
    select,
  });
  return { ...list, items: rows };
}
