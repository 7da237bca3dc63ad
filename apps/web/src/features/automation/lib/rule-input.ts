// A rule as the API takes it (AutomationRuleInput), built from a saved rule or from the form's fields.
import { AutomationRuleInput } from '@veza/shared';
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

/** Form fields → input; JSON that does not parse is reported on its field. Uses the API's own zod schema. */
export function formToInput(
  values: RuleFormValues,
  enabled: boolean,
): { input: RuleInput } | { errors: { field: keyof RuleFormValues; message: string }[] } {
  const json = (text: string, field: 'condition' | 'actions') => {
    try {
      return { value: text.trim() ? (JSON.parse(text) as unknown) : field === 'condition' ? {} : [] };
    } catch {
      return { error: { field, message: 'automation.invalidJson' } };
    }
  };
  const condition = json(values.condition, 'condition');
  const actions = json(values.actions, 'actions');
  const bad = [condition.error, actions.error].filter((e) => !!e);
  if (bad.length) return { errors: bad as { field: keyof RuleFormValues; message: string }[] };
  const input: RuleInput = {
    name: values.name,
    description: values.description || null,
    entity: values.entity,
    trigger: values.trigger,
    triggerField: values.triggerField || null,
    offsetDays: values.offsetDays === '' ? null : Number(values.offsetDays),
    dailyAt: values.dailyAt || null,
    condition: condition.value,
    actions: actions.value,
    enabled,
  };
  const parsed = AutomationRuleInput.safeParse(input);
  if (parsed.success) return { input };
  return {
    errors: parsed.error.issues.map((i) => ({
      field: String(i.path[0] ?? 'name') as keyof RuleFormValues,
      message: i.message,
    })),
  };
}
