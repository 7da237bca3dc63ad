// The client fields the list's columns show.
import { graphql } from '@veza/shared/graphql';

export const ClientListRowFragment = graphql(`
  fragment ClientListRow on Client {
    id
    name
    kind
    roles
    street
    postalCode
    city
    country
    taxId
    phones
    emails
    attributes
    lastContactAt
    createdAt
    status {
      id
      label
      color
    }
    segment {
      id
      label
      color
    }
    industry {
      id
      label
      color
    }
    leadSource {
      id
      label
      color
    }
    accountManager {
      id
      name
    }
  }
`);
