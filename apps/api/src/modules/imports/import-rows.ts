// One file row → a client write: values of the mapped columns only, checked by the same rules as the client form
// (shared zod schema, tax id check digits, dictionaries, attribute definitions). Empty cells leave a value alone.
import { UpdateClientInput, checkTaxFields, validateAttributeValues, type AttributeDef } from '@veza/shared';
import { DICTIONARY_FIELDS, normaliseHeader } from './import-fields.ts';
import type { IssueRow, MatchedClient } from './imports.repository.ts';

export type DictionaryIndex = Map<string, Map<string, string>>;
type DictionaryKind = (typeof DICTIONARY_FIELDS)[keyof typeof DICTIONARY_FIELDS];

export type RowRules = {
  mapping: (string | null)[];
  matchKey: 'TAX_ID' | 'REGISTRATION_NO' | 'EMAIL' | 'EXTERNAL_ID';
  defaultCountry: string | null;
  dictionaries: DictionaryIndex;
  attributeDefs: AttributeDef[];
  /** Dictionary values missing from the list: created (returns the new id) or refused (null). */
  missingDictionaryValue: (kind: DictionaryKind, value: string) => Promise<string | null>;
};

export type RowValues = {
  scalars: Record<string, unknown>;
  emails: string[];
  phones: string[];
  attributes: Record<string, unknown>;
  key: string | null;
};

const KINDS: Record<string, 'LEGAL' | 'NATURAL'> = {
  legal: 'LEGAL',
  pravna: 'LEGAL',
  pravnaosoba: 'LEGAL',
  prawna: 'LEGAL',
  osobaprawna: 'LEGAL',
  pravnicka: 'LEGAL',
  natural: 'NATURAL',
  fizicka: 'NATURAL',
  fizickaosoba: 'NATURAL',
  fizyczna: 'NATURAL',
  osobafizyczna: 'NATURAL',
  fyzicka: 'NATURAL',
};
export const BOOLEANS: Record<string, boolean> = {
  yes: true,
  no: false,
  true: true,
  false: false,
  '1': true,
  '0': false,
  da: true,
  ne: false,
  tak: true,
  nie: false,
  ano: true,
};

export const list = (v: string | undefined, sep: RegExp) =>
  v
    ? v
        .split(sep)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** A dd.mm.yyyy (or d. m. yyyy.) date or a day serial as yyyy-mm-dd; anything else as it is (the schema judges it). */
export function isoDate(raw: string): string {
  // A spreadsheet date cell read without its style is a day serial (LibreOffice and Excel: days since 1899-12-30).
  if (/^\d{1,7}$/.test(raw) && Number(raw) <= 2958465)
    return new Date(Date.UTC(1899, 11, 30) + Number(raw) * 86_400_000).toISOString().slice(0, 10);
  const m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\.?$/.exec(raw);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : raw;
}

/** A cell as the attribute's type expects it (numbers with a decimal comma, dd.mm.yyyy dates, yes/da/tak/ano…). */
export function attributeValue(def: AttributeDef, raw: string): unknown {
  const choice = (v: string) =>
    def.choices.find(
      (c) => c.key === v || Object.values(c.labels).some((l) => normaliseHeader(String(l)) === normaliseHeader(v)),
    )?.key ?? v;
  switch (def.type) {
    case 'INTEGER':
    case 'DECIMAL': {
      const n = Number(raw.replace(/\s/g, '').replace(',', '.'));
      return Number.isNaN(n) ? raw : n;
    }
    case 'BOOLEAN':
      return BOOLEANS[normaliseHeader(raw)] ?? raw;
    case 'DATE':
      return isoDate(raw);
    case 'CHOICE':
      return choice(raw);
    case 'MULTI_CHOICE':
      return list(raw, /[;,]/).map(choice);
    default:
      return raw;
  }
}

/** The mapped cells of a row by target (a Map: a header such as `__proto__` is only ever data). */
export function pickValues(rules: Pick<RowRules, 'mapping'>, cells: string[]) {
  const byTarget = new Map<string, string>();
  rules.mapping.forEach((target, i) => {
    const value = cells[i]?.trim();
    if (target && value) byTarget.set(target, value);
  });
  return byTarget;
}

async function dictionaryIds(rules: RowRules, byTarget: Map<string, string>, issues: IssueRow[], rowNo: number) {
  const out: Record<string, string> = {};
  for (const [field, kind] of Object.entries(DICTIONARY_FIELDS) as [string, DictionaryKind][]) {
    const value = byTarget.get(field);
    if (!value) continue;
    const id =
      rules.dictionaries.get(kind)?.get(normaliseHeader(value)) ?? (await rules.missingDictionaryValue(kind, value));
    if (id) out[`${field}Id`] = id;
    else issues.push({ rowNo, field, message: 'imports.unknownDictionaryValue', value });
  }
  return out;
}

function keyOf(
  rules: RowRules,
  v: { taxId?: unknown; registrationNo?: unknown; emails: string[]; externalId?: unknown },
) {
  const key =
    rules.matchKey === 'TAX_ID'
      ? v.taxId
      : rules.matchKey === 'REGISTRATION_NO'
        ? v.registrationNo
        : rules.matchKey === 'EMAIL'
          ? v.emails[0]
          : v.externalId;
  return typeof key === 'string' && key ? key : null;
}

const Scalars = UpdateClientInput.omit({ attributes: true, confirmDuplicate: true }).transform((v, ctx) =>
  checkTaxFields(v, ctx),
);

/** Validated values of one row, or its issues (field names as in the file mapping: name, taxId, email…). */
export async function rowValues(rules: RowRules, rowNo: number, cells: string[]) {
  const issues: IssueRow[] = [];
  const byTarget = pickValues(rules, cells);
  const kindCell = byTarget.get('kind');
  const kind = kindCell ? KINDS[normaliseHeader(kindCell)] : undefined;
  if (kindCell && !kind) issues.push({ rowNo, field: 'kind', message: 'validation.invalid', value: kindCell });
  const raw = {
    name: byTarget.get('name'),
    kind,
    street: byTarget.get('street'),
    postalCode: byTarget.get('postalCode'),
    city: byTarget.get('city'),
    country: byTarget.get('country') ?? rules.defaultCountry ?? undefined,
    taxId: byTarget.get('taxId'),
    registrationNo: byTarget.get('registrationNo'),
    website: byTarget.get('website'),
    emails: list(byTarget.get('email'), /[;,\s]+/).map((e) => e.toLowerCase()),
    phones: list(byTarget.get('phone'), /[;,]/),
  };
  const parsed = Scalars.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
  if (!parsed.success)
    for (const i of parsed.error.issues) {
      const field = i.path[0] === 'emails' ? 'email' : i.path[0] === 'phones' ? 'phone' : String(i.path[0]);
      issues.push({ rowNo, field, message: i.message, value: byTarget.get(field) ?? null });
    }
  const dictionaries = await dictionaryIds(rules, byTarget, issues, rowNo);
  const attributes: Record<string, unknown> = {};
  for (const def of rules.attributeDefs) {
    const value = byTarget.get(`attr:${def.key}`);
    if (value) attributes[def.key] = attributeValue(def, value);
  }
  if (!parsed.success) return { issues };
  const { emails = [], phones = [], ...scalars } = parsed.data;
  // The default country only checks tax ids (and fills new clients, see newClient); it never changes a stored one.
  if (!byTarget.has('country')) delete scalars.country;
  const externalId = byTarget.get('externalId')?.slice(0, 200);
  const values: RowValues = {
    scalars: { ...scalars, ...dictionaries, ...(externalId ? { externalId } : {}) },
    emails: emails ?? [],
    phones: phones ?? [],
    attributes,
    key: null,
  };
  values.key = keyOf(rules, { ...scalars, emails: values.emails, externalId });
  if (!values.key) issues.push({ rowNo, field: rules.matchKey, message: 'imports.matchKeyMissing', value: null });
  return { issues, values };
}

/** Attribute values checked against the definitions (merged onto the existing ones for an update). */
export function checkAttributes(
  rules: Pick<RowRules, 'attributeDefs'>,
  rowNo: number,
  values: Pick<RowValues, 'attributes'>,
  existing?: Record<string, unknown>,
) {
  if (!Object.keys(values.attributes).length && existing) return { ok: true as const, attributes: existing };
  const result = validateAttributeValues(rules.attributeDefs, values.attributes, existing);
  if (result.ok) return { ok: true as const, attributes: result.values };
  const issues: IssueRow[] = result.issues.map((i) => ({
    rowNo,
    field: `attr:${i.key}`,
    message: i.message,
    value: String(values.attributes[i.key] ?? ''),
  }));
  return { ok: false as const, issues };
}

/** JSON with sorted keys: PostgreSQL returns jsonb keys in its own order. */
export const stable = (v: Record<string, unknown>) =>
  JSON.stringify(
    Object.keys(v)
      .sort()
      .map((k) => [k, v[k]]),
  );

/** The columns that would change on an existing client: only mapped values that differ; lists gain what they lack. */
export function changesFor(existing: MatchedClient, values: RowValues, attributes: Record<string, unknown>) {
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values.scalars)) {
    if (v !== undefined && v !== null && (existing as Record<string, unknown>)[k] !== v) data[k] = v;
  }
  const emails = values.emails.filter((e) => !existing.emails.includes(e));
  const phones = values.phones.filter((p) => !existing.phones.includes(p));
  if (emails.length) data.emails = [...existing.emails, ...emails];
  if (phones.length) data.phones = [...existing.phones, ...phones];
  if (stable(attributes) !== stable(existing.attributes)) data.attributes = attributes;
  return data;
}
