// Attribute definition fields shown and edited on the administration page.
import { graphql } from '@veza/shared/graphql';

export const AdminAttributeDefinitionFieldsFragment = graphql(`
  fragment AdminAttributeDefinitionFields on AttributeDefinition {
    id
    entity
    key
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
    type
    required
    active
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
    position
    usageCount
    version
  }
`);
