// Creating, updating (also enabling / disabling) and previewing a rule.
import { graphql } from '@veza/shared/graphql';

export const CreateAutomationRuleMutation = graphql(`
  mutation CreateAutomationRule($input: AutomationRuleInput!) {
    createAutomationRule(input: $input) {
      ...AutomationRuleFields
    }
  }
`);

export const UpdateAutomationRuleMutation = graphql(`
  mutation UpdateAutomationRule($id: ID!, $version: Int!, $input: AutomationRuleInput!) {
    updateAutomationRule(id: $id, version: $version, input: $input) {
      ...AutomationRuleFields
    }
  }
`);

export const PreviewAutomationRuleMutation = graphql(`
  mutation PreviewAutomationRule($input: AutomationRuleInput!) {
    previewAutomationRule(input: $input) {
      count
      sample {
        id
        label
        link
      }
    }
  }
`);
