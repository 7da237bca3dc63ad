// Campaigns for a filter, newest first, one page at a time ("load more" appends the next page).
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { useKeysetConnection } from '../../../lib/use-keyset-connection.ts';
import { CampaignsQuery, type CampaignFilterInput } from '../api/campaigns-query.ts';

export const CAMPAIGNS_PAGE_SIZE = 25;

type Data = ResultOf<typeof CampaignsQuery>;
const select = (data: Data) => data.campaigns;

export function useCampaignList(filter: CampaignFilterInput | null) {
  const { rows, ...list } = useKeysetConnection(CampaignsQuery, {
    variables: { filter, first: CAMPAIGNS_PAGE_SIZE },
    select,
  });
  return { ...list, campaigns: rows };
}

export type CampaignRow = ReturnType<typeof useCampaignList>['campaigns'][number];
