// The active user-defined attributes of clients or persons, for forms and read-only views.
import { graphql } from '@veza/shared/graphql';

export const RecordAttributeDefinitionsQuery = graphql(`
  query RecordAttributeDefinitions($entity: AttributeEntity!) {
    attributeDefinitions(entity: $entity) {
      id
      key
      type
      required
      active
      position
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
