// Progress per agent over the campaigns matching a filter (the manager's summary above the list).
import { graphql } from '@veza/shared/graphql';

export const CampaignProgressByAgentQuery = graphql(`
  query CampaignProgressByAgent($filter: CampaignFilter) {
    campaignProgressByAgent(filter: $filter) {
      agent {
        id
        name
      }
      campaigns
      progress {
        ...CampaignProgressFields
      }
    }
  }
`);
