// Dictionary value fields shown and edited on the administration page.
import { graphql } from '@veza/shared/graphql';

export const AdminDictionaryValueFieldsFragment = graphql(`
  fragment AdminDictionaryValueFields on DictionaryValue {
    id
    kind
    key
    label
    labels {
      en
      pl
      hr
      cs
    }
    color
    position
    active
    meta
    version
  }
`);
