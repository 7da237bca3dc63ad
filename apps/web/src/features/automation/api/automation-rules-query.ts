// Every automation rule, by name.
import { graphql } from '@veza/shared/graphql';

export const AutomationRulesQuery = graphql(`
  query AutomationRules {
    automationRules {
      ...AutomationRuleFields
    }
  }
`);
