// Dictionary value fields an activity shows: its type's colour and key, labels in every UI language.
import { graphql } from '@veza/shared/graphql';

export const ActivityDictionaryValueFieldsFragment = graphql(`
  fragment ActivityDictionaryValueFields on DictionaryValue {
    id
    key
    labels {
      en
      pl
      hr
      cs
    }
    color
    active
    meta
  }
`);
