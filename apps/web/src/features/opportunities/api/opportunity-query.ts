// One opportunity with its persons, stage history and linked activities (the detail page).
import { graphql } from '@veza/shared/graphql';

export const OpportunityQuery = graphql(`
  query Opportunity($id: ID!) {
    opportunity(id: $id) {
      ...OpportunityCardFields
      probabilityManual
      rateDate
      attributes
      description
      lostNote
      lostReason {
        id
        labels {
          en
          pl
          hr
          cs
        }
      }
      leadSource {
        id
        labels {
          en
          pl
          hr
          cs
        }
      }
      persons {
        id
        firstName
        lastName
      }
      stageHistory {
        changedAt
        changedBy {
          id
          name
        }
        from {
          id
          labels {
            en
            pl
            hr
            cs
          }
        }
        to {
          id
          labels {
            en
            pl
            hr
            cs
          }
        }
      }
      activities(first: 50) {
        totalCount
        edges {
          node {
            id
            subject
            status
            startsAt
            dueAt
          }
        }
      }
    }
  }
`);
