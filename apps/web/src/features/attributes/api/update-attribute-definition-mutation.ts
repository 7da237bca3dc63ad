// Updates an attribute definition (key, entity and type are fixed); a stale version fails with CONFLICT.
import { graphql } from '@veza/shared/graphql';

export const UpdateAttributeDefinitionMutation = graphql(`
  mutation UpdateAttributeDefinition($id: ID!, $version: Int!, $input: UpdateAttributeDefinitionInput!) {
    updateAttributeDefinition(id: $id, version: $version, input: $input) {
      ...AdminAttributeDefinitionFields
    }
  }
`);
