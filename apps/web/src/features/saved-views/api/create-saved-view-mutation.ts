// Saves the current list view under a name, privately or shared.
import { graphql } from '@veza/shared/graphql';

export const CreateSavedViewMutation = graphql(`
  mutation CreateSavedView($input: SavedViewInput!) {
    createSavedView(input: $input) {
      ...SavedViewFields
    }
  }
`);
