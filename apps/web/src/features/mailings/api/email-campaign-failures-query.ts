// The recipients the relay refused for good, with its reply (shown translated on the campaign page).
import { graphql } from '@veza/shared/graphql';

export const EmailCampaignFailuresQuery = graphql(`
  query EmailCampaignFailures($id: ID!, $first: Int) {
    emailCampaign(id: $id) {
      id
      failures(first: $first) {
        totalCount
        edges {
          cursor
          node {
            address
            error
            attempts
          }
        }
      }
    }
  }
`);
