// Campaign items across campaigns by a filter (the records behind a report cell over campaign items), newest first.
import { graphql } from '@veza/shared/graphql';

export const CampaignItemListQuery = graphql(`
  query CampaignItemList($filter: CampaignItemFilter, $first: Int, $after: String) {
    campaignItems(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...CampaignItemRowFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
