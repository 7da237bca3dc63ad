// The translated name of an import target or report field: a built-in field, a matching key, or attr:<key>.
import type { TFunction } from 'i18next';

export function fieldLabel(t: TFunction, field: string): string {
  if (field.startsWith('attr:')) return field.slice(5);
  if (/^[A-Z_]+$/.test(field)) return t(`imports.matchKeys.${field}`, { defaultValue: field });
  return t(`imports.fields.${field}`, { defaultValue: field });
}
