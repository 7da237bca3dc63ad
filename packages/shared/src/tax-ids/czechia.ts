// Czech IČO (company id) and DIČ (tax id: IČO, birth number or special number): validation and generation.
import {
  cleanDigits,
  expectCheckDigit,
  invalid,
  valid,
  weightedSum,
  type TaxIdError,
  type TaxIdResult,
} from './result.ts';
import { randomDigits, type RandomFn } from './random.ts';

const ICO_WEIGHTS = [8, 7, 6, 5, 4, 3, 2] as const;

/** Remainder 0 → 1, remainder 1 → 0, otherwise 11 − remainder. */
export function icoCheckDigit(body: string): number {
  return (11 - (weightedSum(body, ICO_WEIGHTS) % 11)) % 10;
}

/**
 * 8 digits. Registers print leading zeros ("00023841") but people often drop them, so 1–7 digits are
 * left-padded; normalized is always the 8-digit form.
 */
export function validateIco(value: string): TaxIdResult {
  const cleaned = cleanDigits(value, null, [1, 2, 3, 4, 5, 6, 7, 8]);
  if (!cleaned.ok) return cleaned;
  const digits = cleaned.normalized.padStart(8, '0');
  return expectCheckDigit(digits, icoCheckDigit(digits));
}

/**
 * "CZ" + 8 digits (legal entity: its IČO), + 9 digits starting with 6 (persons without a birth number
 * and VAT groups "CZ699…"), or + 9/10 digits (a natural person's birth number). The prefix is optional
 * on input; normalized always carries it. Not checked: that the number is actually registered (VIES),
 * and whether a birth date lies in the future.
 */
export function validateDic(value: string): TaxIdResult {
  const cleaned = cleanDigits(value, 'CZ', [8, 9, 10]);
  if (!cleaned.ok) return cleaned;
  const digits = cleaned.normalized;
  const normalized = `CZ${digits}`;
  if (digits.length === 8) return expectCheckDigit(digits, icoCheckDigit(digits), normalized);
  if (digits.length === 9 && digits.startsWith('6')) {
    // FS-TIN algorithm over digits 2–8: (8 − (10 − r) mod 11) mod 10, which reduces to (r + 8) mod 10.
    const r = weightedSum(digits.slice(1), ICO_WEIGHTS) % 11;
    return expectCheckDigit(digits, (r + 8) % 10, normalized);
  }
  const error = birthNumberError(digits);
  return error === null ? valid(normalized) : invalid(error);
}

/**
 * Rodné číslo YYMMDD + serial (+ check digit since 1954). Women have 50 added to the month; since 2004
 * a further 20 when a day's serials run out. 10-digit numbers: the whole number is divisible by 11,
 * except numbers issued before 1985 whose first 9 digits leave remainder 10 and end in 0; from 1985 on
 * such a serial is never issued, so remainder 10 is invalid.
 */
function birthNumberError(digits: string): TaxIdError | null {
  const yy = Number(digits.slice(0, 2));
  const encodedMonth = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const year = birthYear(yy, digits.length);
  // A 9-digit number for a year after 1953 is most likely a 10-digit one missing a digit.
  if (year === null) return 'validation.taxId.length';
  const offset = [0, 20, 50, 70].find((o) => encodedMonth - o >= 1 && encodedMonth - o <= 12);
  if (offset === undefined || (offset % 50 === 20 && year < 2004)) return 'validation.taxId.birthDate';
  if (!isCalendarDate(year, encodedMonth - offset, day)) return 'validation.taxId.birthDate';
  if (digits.length === 10 && !birthNumberCheckDigitOk(digits, year)) return 'validation.taxId.checksum';
  return null;
}

function birthNumberCheckDigitOk(digits: string, year: number): boolean {
  const remainder = Number(digits.slice(0, 9)) % 11;
  if (remainder === 10) return year < 1985 && digits[9] === '0';
  return Number(digits[9]) === remainder;
}

/** 9-digit numbers were issued until 1953 (YY 80–99 are people born in the 1880s–1890s); 10-digit from 1954. */
function birthYear(yy: number, length: number): number | null {
  if (length === 10) return yy >= 54 ? 1900 + yy : 2000 + yy;
  if (yy <= 53) return 1900 + yy;
  return yy >= 80 ? 1800 + yy : null;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function generateIco(rand: RandomFn): string {
  const body = randomDigits(rand, 7);
  return body + icoCheckDigit(body);
}
