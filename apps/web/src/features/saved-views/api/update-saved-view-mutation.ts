// Replaces a saved view with the current filter, columns and sort; a stale version fails with CONFLICT.
import { graphql } from '@veza/shared/graphql';

export const UpdateSavedViewMutation = graphql(`
  mutation UpdateSavedView($id: ID!, $version: Int!, $input: SavedViewInput!) {
    updateSavedView(id: $id, version: $version, input: $input) {
      ...SavedViewFields
    }
  }
`);
