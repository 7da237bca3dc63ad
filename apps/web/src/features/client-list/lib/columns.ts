// The list's columns: ids (built-in field names or attr:<key>), defaults, widths and which can be sorted.
import { CLIENT_SORT_FIELDS } from '@veza/shared';

export const BUILT_IN_COLUMNS = [
  'NAME',
  'KIND',
  'ROLES',
  'CITY',
  'COUNTRY',
  'TAX_ID',
  'STATUS',
  'SEGMENT',
  'INDUSTRY',
  'LEAD_SOURCE',
  'ACCOUNT_MANAGER',
  'PHONES',
  'EMAILS',
  'LAST_CONTACT_AT',
  'CREATED_AT',
] as const;
export type BuiltInColumn = (typeof BUILT_IN_COLUMNS)[number];

export const ATTRIBUTE_PREFIX = 'attr:';

/** Shown until the user picks columns or a view; attribute columns are added after these. */
export const DEFAULT_COLUMNS: readonly string[] = [
  'NAME',
  'KIND',
  'CITY',
  'COUNTRY',
  'TAX_ID',
  'STATUS',
  'SEGMENT',
  'ACCOUNT_MANAGER',
  'PHONES',
  'EMAILS',
  'LAST_CONTACT_AT',
];

const WIDTHS: Partial<Record<string, number>> = {
  NAME: 240,
  KIND: 130,
  ROLES: 180,
  COUNTRY: 150,
  TAX_ID: 150,
  ACCOUNT_MANAGER: 170,
  PHONES: 170,
  EMAILS: 220,
  LAST_CONTACT_AT: 150,
  CREATED_AT: 150,
};

export function columnWidth(id: string): number {
  return WIDTHS[id] ?? 160;
}

export function isAttributeColumn(id: string): boolean {
  return id.startsWith(ATTRIBUTE_PREFIX);
}

export function attributeKey(id: string): string {
  return id.slice(ATTRIBUTE_PREFIX.length);
}

/** Every column the list offers, in default order. */
export function allColumns(attributeKeys: readonly string[]): string[] {
  return [...BUILT_IN_COLUMNS, ...attributeKeys.map((k) => ATTRIBUTE_PREFIX + k)];
}

export function defaultColumns(attributeKeys: readonly string[]): string[] {
  return [...DEFAULT_COLUMNS, ...attributeKeys.map((k) => ATTRIBUTE_PREFIX + k)];
}

/** Drops columns that no longer exist (e.g. a deactivated attribute in an old view); never leaves the list empty. */
export function knownColumns(columns: readonly string[], available: readonly string[]): string[] {
  const known = columns.filter((c, i) => available.includes(c) && columns.indexOf(c) === i);
  return known.length ? known : ['NAME'];
}

const SORTABLE = new Set<string>(CLIENT_SORT_FIELDS);

export function isSortable(id: string, multiChoiceAttributes: ReadonlySet<string>): boolean {
  if (isAttributeColumn(id)) return !multiChoiceAttributes.has(attributeKey(id));
  return SORTABLE.has(id);
}
