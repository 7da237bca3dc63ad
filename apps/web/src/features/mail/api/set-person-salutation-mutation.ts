// Stores how mail addresses a person; null or "" goes back to the suggested salutation.
import { graphql } from '@veza/shared/graphql';

export const SetPersonSalutationMutation = graphql(`
  mutation SetPersonSalutation($personId: ID!, $salutation: String) {
    setPersonSalutation(personId: $personId, salutation: $salutation) {
      id
      salutation
    }
  }
`);
