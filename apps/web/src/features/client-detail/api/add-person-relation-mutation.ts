// Relates a person to another; answers with the person's relations.
import { graphql } from '@veza/shared/graphql';

export const AddPersonRelationMutation = graphql(`
  mutation AddPersonRelation($personId: ID!, $relatedPersonId: ID!, $kind: String!) {
    addPersonRelation(personId: $personId, relatedPersonId: $relatedPersonId, kind: $kind) {
      id
      relations {
        id
        kind
        person {
          id
          fullName
        }
      }
    }
  }
`);
