// One bounded scan of candidate duplicate pairs (clients or persons).
import { graphql } from '@veza/shared/graphql';

export const DuplicateCandidatesQuery = graphql(`
  query DuplicateCandidates($entity: DuplicateEntity!, $after: String) {
    duplicateCandidates(entity: $entity, after: $after) {
      pairs {
        score
        reasons
        left {
          ...DuplicateSide
        }
        right {
          ...DuplicateSide
        }
      }
      endCursor
      hasNextPage
    }
  }

  fragment DuplicateSide on Node {
    __typename
    id
    ... on Client {
      name
      city
      taxId
      emails
      createdAt
    }
    ... on Person {
      fullName
      emails
      phones
      createdAt
    }
  }
`);
