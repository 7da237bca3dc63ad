// The rule form's resolver (form kit): the JSON text areas must parse, then the API's own zod schema checks the rule
// and each issue lands on its top-level field (`actions.0.role` on the actions text area).
import { AutomationRuleInput } from '@veza/shared';
import type { Resolver } from 'react-hook-form';
import { nestErrors, parseForm, type FieldOf, type FlatErrors } from '../../../lib/shaped-resolver.ts';
import type { RuleFormValues } from './rule-input.ts';

const topLevel: FieldOf = (path) => String(path[0] ?? 'name');

type Json = { ok: true; value: unknown } | { ok: false };

function parseJson(text: string, empty: unknown): Json {
  if (!text.trim()) return { ok: true, value: empty };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function shape(values: RuleFormValues, condition: unknown, actions: unknown, enabled: boolean) {
  return {
    name: values.name,
    description: values.description || null,
    entity: values.entity,
    trigger: values.trigger,
    triggerField: values.triggerField || null,
    offsetDays: values.offsetDays === '' ? null : Number(values.offsetDays),
    dailyAt: values.dailyAt || null,
    condition,
    actions,
    enabled,
  };
}

/** `enabled` is not on the form: a saved rule keeps its switch, a new one starts off. */
export function ruleResolver(enabled: boolean): Resolver<RuleFormValues, unknown, AutomationRuleInput> {
  return async (values, _context, options) => {
    const condition = parseJson(values.condition, {});
    const actions = parseJson(values.actions, []);
    const invalid: FlatErrors = {};
    const message = 'automation.invalidJson';
    if (!condition.ok) invalid.condition = { type: 'json', message };
    if (!actions.ok) invalid.actions = { type: 'json', message };
    if (!condition.ok || !actions.ok) return { values: {}, errors: nestErrors(invalid, options) };
    const input = shape(values, condition.value, actions.value, enabled);
    const result = await parseForm(AutomationRuleInput, input, topLevel);
    return result.ok ? { values: result.data, errors: {} } : { values: {}, errors: nestErrors(result.errors, options) };
  };
}
