// Updates a dictionary value (labels, colour, position, active, meta); a stale version fails with CONFLICT.
import { graphql } from '@veza/shared/graphql';

export const UpdateDictionaryValueMutation = graphql(`
  mutation UpdateDictionaryValue($id: ID!, $version: Int!, $input: UpdateDictionaryValueInput!) {
    updateDictionaryValue(id: $id, version: $version, input: $input) {
      ...AdminDictionaryValueFields
    }
  }
`);
