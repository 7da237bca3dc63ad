// Team fields shown in the list and edited in the team form.
import { graphql } from '@veza/shared/graphql';

export const TeamFieldsFragment = graphql(`
  fragment TeamFields on Team {
    id
    name
    version
    manager {
      id
      name
    }
    members {
      id
      name
    }
  }
`);
