// One campaign: its content, groups, state history and delivery counts (polled while it sends).
import { graphql } from '@veza/shared/graphql';

export const EmailCampaignQuery = graphql(`
  query EmailCampaign($id: ID!) {
    emailCampaign(id: $id) {
      id
      name
      language
      subject
      bodyHtml
      state
      scheduledAt
      templateId
      attachments {
        name
        mimeType
      }
      createdByName
      approvedByName
      approvedAt
      version
      groups {
        id
        name
      }
      history {
        fromState
        toState
        userName
        note
        at
        outcome {
          sent
          failed
          suppressed
        }
      }
      progress {
        total
        queued
        sending
        sent
        failed
        suppressed
      }
    }
  }
`);
