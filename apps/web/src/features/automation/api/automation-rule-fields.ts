// The fields of an automation rule the rules page shows and edits.
import { graphql } from '@veza/shared/graphql';

export const AutomationRuleFields = graphql(`
  fragment AutomationRuleFields on AutomationRule {
    id
    name
    description
    entity
    trigger
    triggerField
    offsetDays
    dailyAt
    timeZone
    condition
    actions
    enabled
    templateKey
    lastRunAt
    version
  }
`);
