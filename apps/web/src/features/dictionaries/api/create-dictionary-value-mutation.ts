// Adds a value to a dictionary (at the end unless a position is given).
import { graphql } from '@veza/shared/graphql';

export const CreateDictionaryValueMutation = graphql(`
  mutation CreateDictionaryValue($input: CreateDictionaryValueInput!) {
    createDictionaryValue(input: $input) {
      ...AdminDictionaryValueFields
    }
  }
`);
