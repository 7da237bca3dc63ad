// Deletes a saved view (its owner, or a user manager for shared ones).
import { graphql } from '@veza/shared/graphql';

export const DeleteSavedViewMutation = graphql(`
  mutation DeleteSavedView($id: ID!) {
    deleteSavedView(id: $id)
  }
`);
