// All attribute definitions of clients or persons, inactive ones included, with usage counts.
import { graphql } from '@veza/shared/graphql';

export const AdminAttributeDefinitionsQuery = graphql(`
  query AdminAttributeDefinitions($entity: AttributeEntity!) {
    attributeDefinitions(entity: $entity, includeInactive: true) {
      ...AdminAttributeDefinitionFields
    }
  }
`);
