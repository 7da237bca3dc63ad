// All values of one dictionary, inactive ones included, in display order.
import { graphql } from '@veza/shared/graphql';

export const AdminDictionaryValuesQuery = graphql(`
  query AdminDictionaryValues($kind: DictionaryKind!) {
    dictionary(kind: $kind, includeInactive: true) {
      ...AdminDictionaryValueFields
    }
  }
`);
