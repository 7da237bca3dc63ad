// Merges clients into the one kept.
import { graphql } from '@veza/shared/graphql';

export const MergeClientsMutation = graphql(`
  mutation MergeClients($keepId: ID!, $mergeIds: [ID!]!) {
    mergeClients(keepId: $keepId, mergeIds: $mergeIds) {
      id
      version
    }
  }
`);
