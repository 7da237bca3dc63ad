// Checks one condition's value against its operator and value type; returns an i18n error key or null.
import { isRealDay, parseInstant } from '../instant.ts';
import { type FilterOp, type ValueType, operatorFits, valueArity } from './operators.ts';

const MAX_LIST = 1000;

function scalarError(type: ValueType, value: unknown): string | null {
  switch (type) {
    case 'text':
    case 'textList':
      return typeof value === 'string' && value.length <= 500 ? null : 'validation.filter.text';
    case 'integer':
      return Number.isSafeInteger(value) ? null : 'validation.filter.integer';
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'validation.filter.number';
    case 'date':
      return typeof value === 'string' && isRealDay(value) ? null : 'validation.filter.date';
    case 'datetime':
      // A day (compared by its boundaries in the viewer's time zone) or an instant.
      return typeof value === 'string' && (isRealDay(value) || parseInstant(value) !== null)
        ? null
        : 'validation.filter.date';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'validation.filter.boolean';
    case 'choice':
    case 'multiChoice':
      return typeof value === 'string' && value.length > 0 && value.length <= 200 ? null : 'validation.filter.choice';
  }
}

/** Null when `value` suits `op` on a `type`; otherwise the i18n key of the problem. */
export function conditionError(type: ValueType, op: FilterOp, value: unknown): string | null {
  if (!operatorFits(type, op)) return 'validation.filter.operator';
  switch (valueArity(op)) {
    case 'none':
      return value == null ? null : 'validation.filter.noValue';
    case 'days':
      return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 36_500
        ? null
        : 'validation.filter.days';
    case 'pair': {
      if (!Array.isArray(value) || value.length !== 2) return 'validation.filter.pair';
      return scalarError(type, value[0]) ?? scalarError(type, value[1]);
    }
    case 'list': {
      if (!Array.isArray(value) || value.length === 0 || value.length > MAX_LIST) return 'validation.filter.list';
      for (const v of value) {
        const e = scalarError(type === 'multiChoice' ? 'choice' : type, v);
        if (e) return e;
      }
      return null;
    }
    case 'one':
      return scalarError(type === 'multiChoice' ? 'choice' : type, value);
  }
}

export const FILTER_MESSAGE_KEYS = [
  'validation.filter.text',
  'validation.filter.integer',
  'validation.filter.number',
  'validation.filter.date',
  'validation.filter.boolean',
  'validation.filter.choice',
  'validation.filter.operator',
  'validation.filter.noValue',
  'validation.filter.days',
  'validation.filter.pair',
  'validation.filter.list',
  'validation.filter.oneKey',
  'validation.filter.tooComplex',
  'validation.filter.unknownAttribute',
  'validation.filter.unknownField',
] as const;
