// Result type, i18n error keys and input cleaning shared by every tax-id validator.

/** Every error a validator can return; the web app's catalog test checks that each key is translated. */
export const TAX_ID_MESSAGE_KEYS = [
  'validation.taxId.required',
  'validation.taxId.format',
  'validation.taxId.length',
  'validation.taxId.checksum',
  'validation.taxId.birthDate',
  'validation.taxId.unsupported',
] as const;

export type TaxIdError = (typeof TAX_ID_MESSAGE_KEYS)[number];

export type TaxIdResult = { ok: true; normalized: string } | { ok: false; error: TaxIdError };

export function valid(normalized: string): TaxIdResult {
  return { ok: true, normalized };
}

export function invalid(error: TaxIdError): TaxIdResult {
  return { ok: false, error };
}

/**
 * Strips separators people copy from invoices and registers (spaces, dashes, dots, slashes as in
 * "123-456-78-19" or the birth-number form "710319/2745") and an optional country prefix ("HR", "PL",
 * "CZ"), then requires digits only, of one of the allowed lengths. `normalized` is the bare digits.
 */
export function cleanDigits(value: string, prefix: string | null, lengths: readonly number[]): TaxIdResult {
  let compact = stripSeparators(value);
  if (compact === '') return invalid('validation.taxId.required');
  if (prefix !== null && compact.startsWith(prefix)) compact = compact.slice(prefix.length);
  if (!/^\d*$/.test(compact)) return invalid('validation.taxId.format');
  if (!lengths.includes(compact.length)) return invalid('validation.taxId.length');
  return valid(compact);
}

export function stripSeparators(value: string): string {
  return value.replace(/[\s.\-/]/g, '').toUpperCase();
}

/** Sum of digit × weight over the first `weights.length` digits. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i];
  return sum;
}

/** Valid when the last digit equals `check`; `null` means no check digit can be valid for this body. */
export function expectCheckDigit(digits: string, check: number | null, normalized = digits): TaxIdResult {
  return check !== null && Number(digits[digits.length - 1]) === check
    ? valid(normalized)
    : invalid('validation.taxId.checksum');
}
