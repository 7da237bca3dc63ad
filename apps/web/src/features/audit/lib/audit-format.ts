// Field labels and values of audit entries: the labels the record's form uses, values formatted for reading.
import type { TFunction } from 'i18next';

/** Where each record kind's form keeps its field labels. */
const FORM_LABELS: Record<string, string> = {
  CLIENT: 'client.fields',
  PERSON: 'person.fields',
  ACTIVITY: 'activity.fields',
  OPPORTUNITY: 'opportunities.fields',
  USER: 'users.fields',
  PERMISSION_PROFILE: 'profiles.fields',
  DICTIONARY: 'dictionaries.fields',
};

/** `accountManagerId` is labelled like the form's `accountManager`; fields no form shows use audit.fields. */
export function fieldLabel(t: TFunction, kind: string, field: string): string {
  const ns = FORM_LABELS[kind];
  const base = field.replace(/Id$/, '');
  const keys = ns ? [`${ns}.${field}`, `${ns}.${base}`] : [];
  return t([...keys, `audit.fields.${field}`], { defaultValue: field });
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function formatValue(
  t: TFunction,
  formatDateTime: (iso: string) => string,
  value: unknown,
  label?: string | null,
): string {
  if (label) return label;
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'audit.yes' : 'audit.no');
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? formatDateTime(value) : value;
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(t, formatDateTime, v)).join(', ') : '—';
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length ? entries.map(([k, v]) => `${k}: ${formatValue(t, formatDateTime, v)}`).join('; ') : '—';
  }
  return String(value);
}
