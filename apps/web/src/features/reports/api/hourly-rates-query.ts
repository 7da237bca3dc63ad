// The hourly rates by user, type and day, with the colleagues and activity types the form offers.
import { graphql } from '@veza/shared/graphql';

export const HourlyRatesQuery = graphql(`
  query HourlyRates {
    hourlyRates {
      id
      validFrom
      rate
      user {
        id
        name
      }
      activityType {
        id
        label
      }
    }
    colleagues(first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
    dictionary(kind: ACTIVITY_TYPE) {
      id
      label
    }
  }
`);
