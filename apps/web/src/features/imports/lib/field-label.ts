// The translated name of an import target or report field: a built-in field, a matching key, or attr:<key>.
import type { TFunction } from 'i18next';

/** Attribute labels by key, in the user's language (an attribute without one shows its key). */
export type AttributeLabels = ReadonlyMap<string, string>;

export function fieldLabel(t: TFunction, field: string, attributes?: AttributeLabels): string {
  if (field.startsWith('attr:')) return attributes?.get(field.slice(5)) ?? field.slice(5);
  if (/^[A-Z_]+$/.test(field)) return t(`imports.matchKeys.${field}`, { defaultValue: field });
  return t(`imports.fields.${field}`, { defaultValue: field });
}
