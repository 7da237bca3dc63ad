// The caller's own saved views and everyone's shared ones, by name.
import { graphql } from '@veza/shared/graphql';

export const SavedViewsQuery = graphql(`
  query SavedViews($entity: SavedViewEntity) {
    savedViews(entity: $entity) {
      ...SavedViewFields
    }
  }
`);
