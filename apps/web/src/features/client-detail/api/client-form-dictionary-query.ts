// Active values of one dictionary, offered in the client form's selects.
import { graphql } from '@veza/shared/graphql';

export const ClientFormDictionaryQuery = graphql(`
  query ClientFormDictionary($kind: DictionaryKind!) {
    dictionary(kind: $kind) {
      ...ClientDictionaryValueFields
      position
    }
  }
`);
