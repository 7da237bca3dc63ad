// Dictionary value fields for coloured labels and the client form's selects.
import { graphql } from '@veza/shared/graphql';

export const ClientDictionaryValueFieldsFragment = graphql(`
  fragment ClientDictionaryValueFields on DictionaryValue {
    id
    key
    label
    labels {
      en
      pl
      hr
      cs
    }
    color
    active
  }
`);
