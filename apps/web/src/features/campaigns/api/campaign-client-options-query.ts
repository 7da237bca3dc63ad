// Clients matching a quick search, to add them to a campaign by hand.
import { graphql } from '@veza/shared/graphql';

export const CampaignClientOptionsQuery = graphql(`
  query CampaignClientOptions($search: String!) {
    clients(filter: { search: $search }, first: 20) {
      edges {
        node {
          id
          name
          city
        }
      }
    }
  }
`);
