// Active colleagues matching a search text, to assign an activity to or invite (activities.read is enough).
import { graphql } from '@veza/shared/graphql';

export const ActivityColleagueOptionsQuery = graphql(`
  query ActivityColleagueOptions($search: String) {
    colleagues(search: $search, first: 20) {
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`);
