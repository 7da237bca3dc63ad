// One bounded scan of candidate duplicate pairs (clients or persons).
// The sides are spread with fragments on the concrete types: the cache has no possibleTypes, so a fragment on the
// Node interface never matches a Client or Person when read back, and every side came back with no fields.
import { graphql } from '@veza/shared/graphql';

export const DuplicateCandidatesQuery = graphql(`
  query DuplicateCandidates($entity: DuplicateEntity!, $after: String) {
    duplicateCandidates(entity: $entity, after: $after) {
      pairs {
        score
        reasons
        left {
          __typename
          id
          ...DuplicateClient
          ...DuplicatePerson
        }
        right {
          __typename
          id
          ...DuplicateClient
          ...DuplicatePerson
        }
      }
      endCursor
      hasNextPage
    }
  }

  fragment DuplicateClient on Client {
    name
    city
    taxId
    emails
    createdAt
  }

  fragment DuplicatePerson on Person {
    fullName
    emails
    phones
    createdAt
  }
`);
