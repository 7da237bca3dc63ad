// Removes a relation between two persons; answers with the person's remaining relations.
import { graphql } from '@veza/shared/graphql';

export const RemovePersonRelationMutation = graphql(`
  mutation RemovePersonRelation($id: ID!) {
    removePersonRelation(id: $id) {
      id
      relations {
        id
      }
    }
  }
`);
