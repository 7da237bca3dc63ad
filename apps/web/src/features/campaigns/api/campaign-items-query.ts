// One page of a campaign's items in list order, optionally only some states or clients matching a text.
import { graphql } from '@veza/shared/graphql';

export const CampaignItemRowFieldsFragment = graphql(`
  fragment CampaignItemRowFields on CampaignItem {
    id
    state
    position
    skipReason
    startedAt
    completedAt
    version
    clientName
    client {
      id
      name
      city
    }
    outcome {
      id
      label
      color
    }
    activity {
      id
      subject
      closedAt
    }
  }
`);

export const CampaignItemsQuery = graphql(`
  query CampaignItems($id: ID!, $state: [CampaignItemState!], $search: String, $first: Int, $after: String) {
    campaign(id: $id) {
      id
      items(state: $state, search: $search, first: $first, after: $after) {
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
  }
`);
