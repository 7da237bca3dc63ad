// Merges persons into the one kept.
import { graphql } from '@veza/shared/graphql';

export const MergePersonsMutation = graphql(`
  mutation MergePersons($keepId: ID!, $mergeIds: [ID!]!) {
    mergePersons(keepId: $keepId, mergeIds: $mergeIds) {
      id
      version
    }
  }
`);
