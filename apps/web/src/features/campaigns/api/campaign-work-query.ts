// The agent's working view of one campaign: progress and the next client with persons, note and the item's calls.
import { graphql } from '@veza/shared/graphql';

export const CampaignWorkQuery = graphql(`
  query CampaignWork($id: ID!) {
    campaign(id: $id) {
      ...CampaignSummaryFields
      nextItem {
        id
        state
        position
        version
        clientName
        client {
          id
          name
          street
          postalCode
          city
          phones
          emails
          note
          lastContactAt
          persons {
            role
            isPrimary
            person {
              id
              fullName
              jobTitle
              phones
              emails
            }
          }
        }
        activities {
          id
          subject
          status
          startsAt
          version
        }
      }
    }
  }
`);
