// User-defined attribute definitions as both sides see them, and validation of values against them.
import { ATTRIBUTE_KEY } from './filter/client-filter.ts';
import type { ValueType } from './filter/operators.ts';
import { isRealDay } from './instant.ts';
import type { LabelSet } from './labels.ts';

export const ATTRIBUTE_TYPES = [
  'TEXT',
  'LONG_TEXT',
  'INTEGER',
  'DECIMAL',
  'DATE',
  'BOOLEAN',
  'CHOICE',
  'MULTI_CHOICE',
] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

export type AttributeChoiceDef = { key: string; labels: LabelSet; active: boolean };
export type AttributeDef = {
  key: string;
  type: AttributeType;
  required: boolean;
  active: boolean;
  choices: AttributeChoiceDef[];
};

/** How the filter language treats each attribute type. */
export const ATTRIBUTE_VALUE_TYPE: Record<AttributeType, ValueType> = {
  TEXT: 'text',
  LONG_TEXT: 'text',
  INTEGER: 'integer',
  DECIMAL: 'decimal',
  DATE: 'date',
  BOOLEAN: 'boolean',
  CHOICE: 'choice',
  MULTI_CHOICE: 'multiChoice',
};

export { ATTRIBUTE_KEY };

/** The i18n key of what is wrong with one value, or null. Inactive choices are refused for new values. */
export function attributeValueError(def: AttributeDef, value: unknown): string | null {
  const activeChoice = (key: unknown) => def.choices.some((c) => c.key === key && c.active);
  switch (def.type) {
    case 'TEXT':
      return typeof value === 'string' && value.length <= 500 ? null : 'validation.attribute.text';
    case 'LONG_TEXT':
      return typeof value === 'string' && value.length <= 20_000 ? null : 'validation.attribute.text';
    case 'INTEGER':
      return Number.isSafeInteger(value) ? null : 'validation.attribute.integer';
    case 'DECIMAL':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'validation.attribute.number';
    case 'DATE':
      return typeof value === 'string' && isRealDay(value) ? null : 'validation.attribute.date';
    case 'BOOLEAN':
      return typeof value === 'boolean' ? null : 'validation.attribute.boolean';
    case 'CHOICE':
      return activeChoice(value) ? null : 'validation.attribute.choice';
    case 'MULTI_CHOICE':
      return Array.isArray(value) &&
        value.length > 0 &&
        value.every(activeChoice) &&
        new Set(value).size === value.length
        ? null
        : 'validation.attribute.choice';
  }
}

export type AttributeIssue = { key: string; message: string };

/**
 * Validates attribute values for a create (`previous` undefined) or an update merged onto `previous`.
 * Unknown keys are refused; values of inactive definitions are kept untouched but cannot be set; a value
 * equal to the stored one is accepted even if its choice has since been deactivated (editing other fields of
 * an old record must not fail). Returns the merged values to store, or the issues.
 */
export function validateAttributeValues(
  defs: AttributeDef[],
  input: Record<string, unknown>,
  previous?: Record<string, unknown>,
): { ok: true; values: Record<string, unknown> } | { ok: false; issues: AttributeIssue[] } {
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const values: Record<string, unknown> = { ...previous };
  const issues: AttributeIssue[] = [];
  for (const [key, value] of Object.entries(input)) {
    const def = byKey.get(key);
    if (!def || !def.active) {
      issues.push({ key, message: 'validation.attribute.unknown' });
      continue;
    }
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
      delete values[key];
      continue;
    }
    const unchanged = previous !== undefined && JSON.stringify(previous[key]) === JSON.stringify(value);
    const error = unchanged ? null : attributeValueError(def, value);
    if (error) issues.push({ key, message: error });
    else values[key] = value;
  }
  for (const def of defs) {
    if (def.active && def.required && values[def.key] === undefined && !issues.some((i) => i.key === def.key)) {
      issues.push({ key: def.key, message: 'validation.required' });
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, values };
}

export const ATTRIBUTE_MESSAGE_KEYS = [
  'validation.attribute.text',
  'validation.attribute.integer',
  'validation.attribute.number',
  'validation.attribute.date',
  'validation.attribute.boolean',
  'validation.attribute.choice',
  'validation.attribute.unknown',
] as const;
