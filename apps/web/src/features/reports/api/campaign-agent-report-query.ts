// Per-agent campaign numbers for a period and generation (own row only without reports.read).
import { graphql } from '@veza/shared/graphql';

export const ReportOutcomeFieldsFragment = graphql(`
  fragment ReportOutcomeFields on CampaignOutcomeCount {
    count
    outcome {
      id
      label
      color
    }
  }
`);

export const ReportProgressFieldsFragment = graphql(`
  fragment ReportProgressFields on CampaignProgress {
    total
    pending
    inProgress
    done
    skipped
    finished
    ratio
  }
`);

export const CampaignAgentReportQuery = graphql(`
  query CampaignAgentReport($filter: CampaignAgentReportFilter) {
    campaignAgentReport(filter: $filter) {
      agent {
        id
        name
      }
      campaigns
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
