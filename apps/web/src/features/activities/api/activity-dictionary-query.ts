// Values of one activity dictionary (type, category, channel, result); only active ones unless asked.
import { graphql } from '@veza/shared/graphql';

export const ActivityDictionaryQuery = graphql(`
  query ActivityDictionary($kind: DictionaryKind!, $includeInactive: Boolean) {
    dictionary(kind: $kind, includeInactive: $includeInactive) {
      ...ActivityDictionaryValueFields
      position
    }
  }
`);
