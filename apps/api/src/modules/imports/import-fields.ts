// The client fields an import column can map to, and the header names (en, pl, hr, cs) each is recognised by.
import { PERSON_IMPORT_FIELDS, PERSON_SYNONYMS } from './person-import-fields.ts';

export type ImportEntity = 'CLIENT' | 'PERSON';
export const CLIENT_IMPORT_FIELDS = [
  'name',
  'kind',
  'street',
  'postalCode',
  'city',
  'country',
  'taxId',
  'registrationNo',
  'email',
  'phone',
  'website',
  'status',
  'segment',
  'industry',
  'leadSource',
  'externalId',
] as const;
export type ClientImportField = (typeof CLIENT_IMPORT_FIELDS)[number];

export const DICTIONARY_FIELDS = {
  status: 'CLIENT_STATUS',
  segment: 'CLIENT_SEGMENT',
  industry: 'INDUSTRY',
  leadSource: 'LEAD_SOURCE',
} as const;

const SYNONYMS: Record<ClientImportField, string[]> = {
  name: [
    'name',
    'company',
    'companyname',
    'client',
    'clientname',
    'naziv',
    'nazivtvrtke',
    'tvrtka',
    'firma',
    'klijent',
    'nazwa',
    'nazwafirmy',
    'klient',
    'nazev',
    'nazevfirmy',
    'spolecnost',
    'obchodninazev',
  ],
  kind: ['kind', 'type', 'vrsta', 'tip', 'rodzaj', 'typ', 'druh'],
  street: ['street', 'address', 'adresa', 'ulica', 'adres', 'ulice', 'ulicaibroj'],
  postalCode: ['postalcode', 'zip', 'zipcode', 'postcode', 'postanskibroj', 'pbr', 'kodpocztowy', 'psc'],
  city: ['city', 'town', 'grad', 'mjesto', 'miasto', 'miejscowosc', 'mesto', 'obec'],
  country: ['country', 'drzava', 'kraj', 'zeme', 'stat'],
  taxId: ['taxid', 'vat', 'vatid', 'vatnumber', 'oib', 'nip', 'dic', 'porezníbroj', 'poreznibroj', 'taxnumber'],
  registrationNo: ['registrationno', 'registrationnumber', 'regon', 'ico', 'maticnibroj', 'mb', 'mbs', 'krs'],
  email: ['email', 'mail', 'emailaddress', 'eposta', 'adresemail', 'adresaelektronicka'],
  phone: ['phone', 'telephone', 'tel', 'telefon', 'mobile', 'mobitel', 'telefonni', 'telefonnicislo'],
  website: ['website', 'web', 'www', 'url', 'strona', 'stronawww', 'webstranica', 'webovestranky'],
  status: ['status', 'stanje', 'stav'],
  segment: ['segment'],
  industry: ['industry', 'djelatnost', 'branza', 'obor', 'odvetvi', 'sektor'],
  leadSource: ['leadsource', 'source', 'izvor', 'zrodlo', 'zdroj'],
  externalId: [
    'externalid',
    'id',
    'extid',
    'sifra',
    'sifrakupca',
    'kod',
    'kodklienta',
    'identyfikator',
    'kodzakaznika',
  ],
};

/** Lowercase, no accents, letters and digits only: "Poštanski broj" → "postanskibroj", "Kód" → "kod". */
export function normaliseHeader(header: string): string {
  return header
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const byHeader = (synonyms: Record<string, string[]>) =>
  new Map<string, string>(
    Object.entries(synonyms).flatMap(([field, names]) => names.map((n) => [normaliseHeader(n), field] as const)),
  );
const BY_HEADER: Record<ImportEntity, Map<string, string>> = {
  CLIENT: byHeader(SYNONYMS),
  PERSON: byHeader(PERSON_SYNONYMS),
};

/** The built-in targets of an entity (attributes come on top, as attr:<key>). */
export const importFields = (entity: ImportEntity): readonly string[] =>
  entity === 'PERSON' ? PERSON_IMPORT_FIELDS : CLIENT_IMPORT_FIELDS;

/** A target for each header: a built-in field, `attr:<key>` for a user-defined attribute, or null (ignored). */
export function autoMap(
  headers: readonly string[],
  attributes: readonly { key: string; labels: Record<string, string> }[],
  entity: ImportEntity = 'CLIENT',
): (string | null)[] {
  const attrByName = new Map<string, string>();
  for (const a of attributes) {
    attrByName.set(normaliseHeader(a.key), a.key);
    for (const label of Object.values(a.labels)) attrByName.set(normaliseHeader(String(label)), a.key);
  }
  const used = new Set<string>();
  return headers.map((h) => {
    const n = normaliseHeader(h);
    const field = BY_HEADER[entity].get(n) ?? (attrByName.has(n) ? `attr:${attrByName.get(n)}` : null);
    if (!field || used.has(field)) return null;
    used.add(field);
    return field;
  });
}
