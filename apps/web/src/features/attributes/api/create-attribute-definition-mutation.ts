// Creates an attribute definition (and the index used to filter by it).
import { graphql } from '@veza/shared/graphql';

export const CreateAttributeDefinitionMutation = graphql(`
  mutation CreateAttributeDefinition($input: CreateAttributeDefinitionInput!) {
    createAttributeDefinition(input: $input) {
      ...AdminAttributeDefinitionFields
    }
  }
`);
