// Active users matching a search, with their permissions, to pick the agents who can work campaigns.
import { graphql } from '@veza/shared/graphql';

export const CampaignAgentOptionsQuery = graphql(`
  query CampaignAgentOptions($search: String) {
    users(filter: { search: $search, active: true }, first: 100) {
      edges {
        node {
          id
          name
          email
          profiles {
            id
            permissions
          }
        }
      }
    }
  }
`);
