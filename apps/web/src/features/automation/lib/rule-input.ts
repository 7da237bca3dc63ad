// A rule as the API takes it (AutomationRuleInput), built from a saved rule or from the form's fields.
import type { RuleRow } from '../hooks/use-automation-rules.ts';

export type RuleInput = {
  name: string;
  description?: string | null;
  entity: string;
  trigger: 'CREATED' | 'UPDATED' | 'TIME_RELATIVE' | 'DAILY';
  triggerField?: string | null;
  offsetDays?: number | null;
  dailyAt?: string | null;
  timeZone?: string | null;
  condition?: unknown;
  actions: unknown;
  enabled?: boolean | null;
};

export function inputOf(rule: RuleRow, overrides: Partial<RuleInput> = {}): RuleInput {
  return {
    name: rule.name,
    description: rule.description,
    entity: rule.entity,
    trigger: rule.trigger,
    triggerField: rule.triggerField,
    offsetDays: rule.offsetDays,
    dailyAt: rule.dailyAt,
    timeZone: rule.timeZone,
    condition: rule.condition,
    actions: rule.actions,
    enabled: rule.enabled,
    ...overrides,
  };
}

export type RuleFormValues = {
  name: string;
  description: string;
  entity: string;
  trigger: RuleInput['trigger'];
  triggerField: string;
  offsetDays: number | string;
  dailyAt: string;
  condition: string;
  actions: string;
};
