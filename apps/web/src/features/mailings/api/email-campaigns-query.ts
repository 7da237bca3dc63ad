// Campaigns, newest first, with their state and delivery counts.
import { graphql } from '@veza/shared/graphql';

export const EmailCampaignsQuery = graphql(`
  query EmailCampaigns($first: Int, $after: String) {
    emailCampaigns(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          name
          state
          scheduledAt
          createdByName
          updatedAt
          progress {
            total
            sent
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
