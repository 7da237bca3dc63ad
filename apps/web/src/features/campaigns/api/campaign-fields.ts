// Campaign fields shared by the manager's list, the campaign page and the agent's view.
import { graphql } from '@veza/shared/graphql';

export const CampaignProgressFieldsFragment = graphql(`
  fragment CampaignProgressFields on CampaignProgress {
    total
    pending
    inProgress
    done
    skipped
    finished
    ratio
  }
`);

export const CampaignSummaryFieldsFragment = graphql(`
  fragment CampaignSummaryFields on Campaign {
    id
    name
    description
    agent {
      id
      name
    }
    start
    end
    status
    strategy
    generationId
    progress {
      ...CampaignProgressFields
    }
    completedAt
    createdAt
    version
  }
`);
