// Saved view fields: what the selector lists and what applying a view needs.
import { graphql } from '@veza/shared/graphql';

export const SavedViewFieldsFragment = graphql(`
  fragment SavedViewFields on SavedView {
    id
    name
    entity
    shared
    editable
    filter
    columns
    sort {
      field
      opportunityField
      attribute
      direction
    }
    owner {
      id
      name
    }
    version
    updatedAt
  }
`);
