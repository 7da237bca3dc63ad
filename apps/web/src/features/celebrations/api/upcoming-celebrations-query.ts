// Birthdays and name days of my clients' persons in the coming days.
import { graphql } from '@veza/shared/graphql';

export const UpcomingCelebrationsQuery = graphql(`
  query UpcomingCelebrations($days: Int) {
    upcomingCelebrations(days: $days) {
      kind
      date
      personId
      personName
      age
      email
      phone
      clientId
      clientName
    }
  }
`);
