// The active user-defined attributes of activities, for the activity form.
import { graphql } from '@veza/shared/graphql';

export const ActivityAttributeDefinitionsQuery = graphql(`
  query ActivityAttributeDefinitions {
    attributeDefinitions(entity: ACTIVITY) {
      id
      key
      type
      required
      active
      labels {
        en
        pl
        hr
        cs
      }
      help {
        en
        pl
        hr
        cs
      }
      choices {
        key
        active
        labels {
          en
          pl
          hr
          cs
        }
      }
    }
  }
`);
