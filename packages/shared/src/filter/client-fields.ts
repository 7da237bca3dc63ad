// The built-in client and person fields a filter (and a list column or sort) can use, with their value types.
import type { ValueType } from './operators.ts';

export const CLIENT_FIELDS = {
  NAME: 'text',
  KIND: 'choice',
  ROLES: 'multiChoice',
  STREET: 'text',
  POSTAL_CODE: 'text',
  CITY: 'text',
  COUNTRY: 'choice',
  TAX_ID: 'text',
  REGISTRATION_NO: 'text',
  PHONES: 'textList',
  EMAILS: 'textList',
  WEBSITE: 'text',
  STATUS: 'choice',
  SEGMENT: 'choice',
  INDUSTRY: 'choice',
  LEAD_SOURCE: 'choice',
  ACCOUNT_MANAGER: 'choice',
  NOTE: 'text',
  CREATED_AT: 'datetime',
  UPDATED_AT: 'datetime',
  LAST_CONTACT_AT: 'datetime',
} as const satisfies Record<string, ValueType>;
export type ClientField = keyof typeof CLIENT_FIELDS;
export const CLIENT_FIELD_NAMES = Object.keys(CLIENT_FIELDS) as ClientField[];

/** Fields a client list can be sorted by (besides attributes). List-valued fields are not sortable. */
export const CLIENT_SORT_FIELDS = CLIENT_FIELD_NAMES.filter((f) => !['ROLES', 'PHONES', 'EMAILS', 'NOTE'].includes(f));

export const PERSON_FIELDS = {
  FIRST_NAME: 'text',
  LAST_NAME: 'text',
  TITLE: 'text',
  JOB_TITLE: 'text',
  PHONES: 'textList',
  EMAILS: 'textList',
  BIRTHDAY: 'date',
  MARKETING_CONSENT: 'boolean',
  ROLE: 'text',
} as const satisfies Record<string, ValueType>;
export type PersonField = keyof typeof PERSON_FIELDS;
export const PERSON_FIELD_NAMES = Object.keys(PERSON_FIELDS) as PersonField[];
