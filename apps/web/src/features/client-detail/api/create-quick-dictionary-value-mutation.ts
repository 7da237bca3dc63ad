// Adds a dictionary value from the client form's "+" button (permission dictionaries.addValue or dictionaries.manage).
import { graphql } from '@veza/shared/graphql';

export const CreateQuickDictionaryValueMutation = graphql(`
  mutation CreateQuickDictionaryValue($input: CreateDictionaryValueInput!) {
    createDictionaryValue(input: $input) {
      ...ClientDictionaryValueFields
    }
  }
`);
