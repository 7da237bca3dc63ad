// One file row → a contact person write: the mapped person fields checked by the person form's schema, the person's
// attributes, the client key that attaches it to its client, and its matching key (e-mail or external id).
import { UpdatePersonInput, type AttributeDef } from '@veza/shared';
import { normaliseHeader } from './import-fields.ts';
import { BOOLEANS, attributeValue, isoDate, list, pickValues } from './import-rows.ts';
import type { IssueRow } from './imports.repository.ts';
import { CLIENT_KEY_FIELDS, type ClientKeyField } from './person-import-fields.ts';

export type PersonRules = {
  mapping: (string | null)[];
  matchKey: 'EMAIL' | 'EXTERNAL_ID';
  attributeDefs: AttributeDef[];
};

export type PersonValues = {
  /** Person columns as Prisma names (firstName, jobTitle, birthday as yyyy-mm-dd, externalId…). */
  scalars: Record<string, unknown>;
  consent: boolean | undefined;
  emails: string[];
  phones: string[];
  attributes: Record<string, unknown>;
  link: { role?: string; isPrimary?: boolean };
  client: { field: ClientKeyField; value: string };
  key: string;
};

const Scalars = UpdatePersonInput.omit({ clients: true, attributes: true });
const TEXT_FIELDS = ['firstName', 'lastName', 'title', 'jobTitle', 'consentSource'] as const;

/** "24.12.", "24. 12" or "12-24" → "12-24" (MM-DD); anything else as it is. */
function nameDayOf(raw: string): string {
  const m = /^(\d{1,2})\.\s?(\d{1,2})\.?$/.exec(raw);
  return m ? `${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : raw;
}

function booleanCell(byTarget: Map<string, string>, field: string, rowNo: number, issues: IssueRow[]) {
  const cell = byTarget.get(field);
  if (!cell) return undefined;
  const value = BOOLEANS[normaliseHeader(cell)];
  if (value === undefined) issues.push({ rowNo, field, message: 'validation.invalid', value: cell });
  return value;
}

function clientKey(byTarget: Map<string, string>) {
  for (const field of CLIENT_KEY_FIELDS) {
    const value = byTarget.get(field);
    if (value) return { field, value };
  }
  return null;
}

function rawInput(byTarget: Map<string, string>, consent: boolean | undefined) {
  const raw: Record<string, unknown> = {
    emails: list(byTarget.get('email'), /[;,\s]+/).map((e) => e.toLowerCase()),
    phones: list(byTarget.get('phone'), /[;,]/),
    marketingConsent: consent,
  };
  for (const f of TEXT_FIELDS) raw[f] = byTarget.get(f);
  const birthday = byTarget.get('birthday');
  if (birthday) raw.birthday = isoDate(birthday);
  const nameDay = byTarget.get('nameDay');
  if (nameDay) raw.nameDay = nameDayOf(nameDay);
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
}

/** Validated values of one person row, or its issues (fields named as in the mapping: firstName, email…). */
export function personRowValues(rules: PersonRules, rowNo: number, cells: string[]) {
  const issues: IssueRow[] = [];
  const byTarget = pickValues(rules, cells);
  const consent = booleanCell(byTarget, 'marketingConsent', rowNo, issues);
  const isPrimary = booleanCell(byTarget, 'isPrimary', rowNo, issues);
  const parsed = Scalars.safeParse(rawInput(byTarget, consent));
  if (!parsed.success)
    for (const i of parsed.error.issues) {
      const field = i.path[0] === 'emails' ? 'email' : i.path[0] === 'phones' ? 'phone' : String(i.path[0]);
      issues.push({ rowNo, field, message: i.message, value: byTarget.get(field) ?? null });
    }
  const attributes: Record<string, unknown> = {};
  for (const def of rules.attributeDefs) {
    const value = byTarget.get(`attr:${def.key}`);
    if (value) attributes[def.key] = attributeValue(def, value);
  }
  const client = clientKey(byTarget);
  if (!client) issues.push({ rowNo, field: 'client', message: 'imports.clientKeyMissing', value: null });
  if (!parsed.success || !client) return { issues };
  const { emails, phones, marketingConsent: _consent, ...rest } = parsed.data;
  const scalars: Record<string, unknown> = { ...rest };
  const externalId = byTarget.get('externalId')?.slice(0, 200);
  if (externalId) scalars.externalId = externalId;
  const key = rules.matchKey === 'EMAIL' ? emails?.[0] : externalId;
  if (!key) {
    issues.push({ rowNo, field: rules.matchKey, message: 'imports.matchKeyMissing', value: null });
    return { issues };
  }
  const role = byTarget.get('role')?.slice(0, 120);
  const values: PersonValues = {
    scalars,
    consent,
    emails: emails ?? [],
    phones: phones ?? [],
    attributes,
    link: { ...(role ? { role } : {}), ...(isPrimary !== undefined ? { isPrimary } : {}) },
    client,
    key,
  };
  return { issues, values };
}
