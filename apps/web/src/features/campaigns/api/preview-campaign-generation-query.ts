// What a generation would take: matching count, a sample in distribution order and the split per agent.
import { graphql } from '@veza/shared/graphql';

export const PreviewCampaignGenerationQuery = graphql(`
  query PreviewCampaignGeneration(
    $filter: ClientFilter!
    $excludeInActiveCampaigns: Boolean
    $agentIds: [ID!]
    $strategy: CampaignStrategy
    $sampleSize: Int
  ) {
    previewCampaignGeneration(
      filter: $filter
      excludeInActiveCampaigns: $excludeInActiveCampaigns
      agentIds: $agentIds
      strategy: $strategy
      sampleSize: $sampleSize
    ) {
      count
      excludedCount
      sample {
        id
        name
        city
        lastContactAt
        accountManager {
          id
          name
        }
      }
      split {
        agent {
          id
          name
        }
        count
      }
    }
  }
`);
