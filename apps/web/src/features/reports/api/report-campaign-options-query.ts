// The newest campaigns the viewer may see, to choose one campaign or one generation for the reports.
import { graphql } from '@veza/shared/graphql';

export const ReportCampaignOptionsQuery = graphql(`
  query ReportCampaignOptions($generationId: ID) {
    campaigns(filter: { generationId: $generationId }, first: 100) {
      edges {
        node {
          id
          name
          generationId
          createdAt
          agent {
            id
            name
          }
        }
      }
    }
  }
`);
