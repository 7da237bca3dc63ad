// What a client filter can refer to: client and person attributes and the client dictionaries (inactive values too).
import { graphql } from '@veza/shared/graphql';

export const FilterAttributeFieldsFragment = graphql(`
  fragment FilterAttributeFields on AttributeDefinition {
    id
    key
    label
    labels {
      en
      pl
      hr
      cs
    }
    type
    choices {
      key
      label
      labels {
        en
        pl
        hr
        cs
      }
      active
    }
  }
`);

export const FilterDictionaryValueFieldsFragment = graphql(`
  fragment FilterDictionaryValueFields on DictionaryValue {
    id
    key
    label
    color
    active
  }
`);

export const FilterOptionsQuery = graphql(`
  query FilterBuilderOptions {
    clientAttributes: attributeDefinitions(entity: CLIENT) {
      ...FilterAttributeFields
    }
    personAttributes: attributeDefinitions(entity: PERSON) {
      ...FilterAttributeFields
    }
    statuses: dictionary(kind: CLIENT_STATUS, includeInactive: true) {
      ...FilterDictionaryValueFields
    }
    segments: dictionary(kind: CLIENT_SEGMENT, includeInactive: true) {
      ...FilterDictionaryValueFields
    }
    industries: dictionary(kind: INDUSTRY, includeInactive: true) {
      ...FilterDictionaryValueFields
    }
    leadSources: dictionary(kind: LEAD_SOURCE, includeInactive: true) {
      ...FilterDictionaryValueFields
    }
  }
`);
