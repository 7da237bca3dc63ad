// Erases a person for good (GDPR, permission persons.gdpr).
import { graphql } from '@veza/shared/graphql';

export const ErasePersonMutation = graphql(`
  mutation ErasePerson($personId: ID!) {
    erasePerson(personId: $personId) {
      personId
      erasedAt
    }
  }
`);
