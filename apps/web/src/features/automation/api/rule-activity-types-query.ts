// The activity types a rule's "create task" action can use (by key).
import { graphql } from '@veza/shared/graphql';

export const RuleActivityTypesQuery = graphql(`
  query RuleActivityTypes {
    dictionary(kind: ACTIVITY_TYPE) {
      id
      key
      label
    }
  }
`);
