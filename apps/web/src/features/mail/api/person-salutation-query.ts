// A person's stored salutation and the one suggested for a language (the salutation dialog).
import { graphql } from '@veza/shared/graphql';

export const PersonSalutationQuery = graphql(`
  query PersonSalutation($personId: ID!, $language: String!) {
    node(id: $personId) {
      __typename
      id
      ... on Person {
        salutation
        suggestedSalutation(language: $language)
      }
    }
  }
`);
