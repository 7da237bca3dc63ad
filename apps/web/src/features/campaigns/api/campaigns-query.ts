// One page of campaigns (newest first) for a filter; more pages via the `after` cursor.
import { graphql } from '@veza/shared/graphql';
import type { VariablesOf } from '../../../lib/graphql-types.ts';

export const CampaignsQuery = graphql(`
  query Campaigns($filter: CampaignFilter, $first: Int, $after: String) {
    campaigns(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...CampaignSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The list filter as the API takes it (statuses, agents, generation, text, mine). */
export type CampaignFilterInput = NonNullable<VariablesOf<typeof CampaignsQuery>['filter']>;
