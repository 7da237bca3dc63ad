// Rules for the rules page and the mutations on them.
import { useMutation, useQuery } from '@apollo/client/react';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import {
  CreateAutomationRuleMutation,
  PreviewAutomationRuleMutation,
  UpdateAutomationRuleMutation,
} from '../api/automation-rule-mutations.ts';
import { AutomationRulesQuery } from '../api/automation-rules-query.ts';
import type { RuleInput } from '../lib/rule-input.ts';

export function useAutomationRules() {
  const { data, loading, error } = useQuery(AutomationRulesQuery);
  return { rules: data?.automationRules ?? [], loading: loading && !data, error };
}

export type RuleRow = ResultOf<typeof AutomationRulesQuery>['automationRules'][number];

export function useSaveRule() {
  const [create] = useMutation(CreateAutomationRuleMutation, { refetchQueries: [AutomationRulesQuery] });
  const [update] = useMutation(UpdateAutomationRuleMutation);
  return async (rule: RuleRow | null, input: RuleInput) => {
    if (rule) await update({ variables: { id: rule.id, version: rule.version, input } });
    else await create({ variables: { input } });
  };
}

export function usePreviewRule() {
  const [preview, { data, loading, reset }] = useMutation(PreviewAutomationRuleMutation);
  return {
    preview: (input: RuleInput) => preview({ variables: { input } }),
    result: data?.previewAutomationRule ?? null,
    loading,
    reset,
  };
}
