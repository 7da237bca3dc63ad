// Clients matching a search text, offered in the calendar's client filter (permission clients.read).
import { graphql } from '@veza/shared/graphql';

export const ScheduleClientOptionsQuery = graphql(`
  query ScheduleClientOptions($search: String) {
    clients(filter: { search: $search }, first: 20) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
