// Picks the validator for a country: clients' tax ids, Polish REGON and Czech IČO / DIČ.
import { validateOib } from './croatia.ts';
import { validateDic, validateIco } from './czechia.ts';
import { validateNip, validateRegon } from './poland.ts';
import { invalid, stripSeparators, valid, type TaxIdResult } from './result.ts';

export type TaxIdKind = 'taxId' | 'regon' | 'ico' | 'dic';
export type RegistrationKind = 'regon' | 'ico';

/**
 * The tax id field of a client. `country` is ISO 3166-1 alpha-2: HR → OIB, PL → NIP, CZ → IČO (up to
 * 8 bare digits) or DIČ (anything else, e.g. "CZ25596641"), any other country → format only, since we
 * have no checksum rules for it and must not reject a foreign client's real number.
 */
export function validateClientTaxId(country: string, taxId: string): TaxIdResult {
  switch (country.trim().toUpperCase()) {
    case 'HR':
      return validateOib(taxId);
    case 'PL':
      return validateNip(taxId);
    case 'CZ':
      return /^\d{1,8}$/.test(stripSeparators(taxId)) ? validateIco(taxId) : validateDic(taxId);
    default:
      return validateTaxIdFormat(taxId);
  }
}

/** REGON exists only in Poland and IČO only in Czechia; any other pair is 'validation.taxId.unsupported'. */
export function validateRegistrationNumber(country: string, kind: RegistrationKind, value: string): TaxIdResult {
  const key = `${country.trim().toUpperCase()}:${kind}`;
  if (key === 'PL:regon') return validateRegon(value);
  if (key === 'CZ:ico') return validateIco(value);
  return invalid('validation.taxId.unsupported');
}

/** One entry for every kind, for callers that store the kind next to the value. */
export function validateTaxId(country: string, kind: TaxIdKind, value: string): TaxIdResult {
  if (kind === 'taxId') return validateClientTaxId(country, value);
  if (kind === 'dic') {
    return country.trim().toUpperCase() === 'CZ' ? validateDic(value) : invalid('validation.taxId.unsupported');
  }
  return validateRegistrationNumber(country, kind, value);
}

/** 3–20 letters, digits, dashes, dots or slashes (spaces ignored); normalized uppercase without spaces. */
export function validateTaxIdFormat(value: string): TaxIdResult {
  if (value.trim() === '') return invalid('validation.taxId.required');
  if (!/^[A-Za-z0-9\s./-]+$/.test(value)) return invalid('validation.taxId.format');
  const normalized = value.replace(/\s/g, '').toUpperCase();
  if (normalized.length < 3 || normalized.length > 20) return invalid('validation.taxId.length');
  return valid(normalized);
}
