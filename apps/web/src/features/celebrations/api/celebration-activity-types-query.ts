// The activity types, to preselect "call" when congratulating by phone.
import { graphql } from '@veza/shared/graphql';

export const CelebrationActivityTypesQuery = graphql(`
  query CelebrationActivityTypes {
    dictionary(kind: ACTIVITY_TYPE) {
      id
      key
    }
  }
`);
