// The recipients the relay refused for good, with its reply (shown translated on the campaign page), a keyset page
// at a time.
import { graphql } from '@veza/shared/graphql';

export const EmailCampaignFailuresQuery = graphql(`
  query EmailCampaignFailures($id: ID!, $first: Int, $after: String) {
    emailCampaign(id: $id) {
      id
      failures(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            address
            error
            attempts
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
