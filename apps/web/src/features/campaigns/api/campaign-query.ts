// One campaign with what its page header shows (the items load separately, page by page).
import { graphql } from '@veza/shared/graphql';

export const CampaignQuery = graphql(`
  query Campaign($id: ID!) {
    campaign(id: $id) {
      ...CampaignSummaryFields
      filter
      createdBy {
        id
        name
      }
      updatedAt
    }
  }
`);
