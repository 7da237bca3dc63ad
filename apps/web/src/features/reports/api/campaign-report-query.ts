// One campaign's numbers: progress, done items by outcome, contacts and talk time.
import { graphql } from '@veza/shared/graphql';

export const CampaignReportQuery = graphql(`
  query CampaignReport($campaignId: ID!) {
    campaignReport(campaignId: $campaignId) {
      campaign {
        id
        name
        agent {
          id
          name
        }
        status
      }
      progress {
        ...ReportProgressFields
      }
      outcomes {
        ...ReportOutcomeFields
      }
      contacts
      talkMinutes
    }
  }
`);
