// Contact person fields shown in the persons tab and the brief, and edited in the person form.
import { graphql } from '@veza/shared/graphql';

export const ContactPersonFieldsFragment = graphql(`
  fragment ContactPersonFields on Person {
    id
    firstName
    lastName
    fullName
    title
    jobTitle
    phones
    emails
    birthday
    nameDay
    marketingConsent
    consentAt
    consentSource
    attributes
    version
    relations {
      id
      kind
      person {
        id
        fullName
      }
    }
    clients {
      role
      isPrimary
      client {
        id
        name
      }
    }
  }
`);
