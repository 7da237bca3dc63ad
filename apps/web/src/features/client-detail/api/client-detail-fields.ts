// Client fields shown on the detail page, the printed brief and edited in the client form.
import { graphql } from '@veza/shared/graphql';

export const ClientDetailFieldsFragment = graphql(`
  fragment ClientDetailFields on Client {
    id
    kind
    roles
    name
    street
    postalCode
    city
    country
    taxId
    registrationNo
    phones
    emails
    website
    note
    attributes
    status {
      ...ClientDictionaryValueFields
    }
    segment {
      ...ClientDictionaryValueFields
    }
    industry {
      ...ClientDictionaryValueFields
    }
    leadSource {
      ...ClientDictionaryValueFields
    }
    accountManager {
      id
      name
    }
    createdBy {
      id
      name
    }
    updatedBy {
      id
      name
    }
    createdAt
    updatedAt
    deletedAt
    mergedInto {
      id
      name
    }
    version
  }
`);
