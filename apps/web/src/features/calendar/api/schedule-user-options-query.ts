// Active users whose schedule can be shown side by side (permission users.read).
import { graphql } from '@veza/shared/graphql';

export const ScheduleUserOptionsQuery = graphql(`
  query ScheduleUserOptions($search: String) {
    users(filter: { search: $search, active: true }, first: 30) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
