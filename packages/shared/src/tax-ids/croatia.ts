// Croatian OIB (osobni identifikacijski broj): validation and generation.
import { cleanDigits, expectCheckDigit, type TaxIdResult } from './result.ts';
import { randomDigits, type RandomFn } from './random.ts';

/** ISO 7064 MOD 11,10 check digit of the first 10 digits. */
export function oibCheckDigit(body: string): number {
  let product = 10;
  for (let i = 0; i < 10; i++) {
    const sum = (Number(body[i]) + product) % 10 || 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10;
}

/** 11 digits; the VAT form "HR" + OIB is accepted too and normalized to the bare OIB. */
export function validateOib(value: string): TaxIdResult {
  const cleaned = cleanDigits(value, 'HR', [11]);
  if (!cleaned.ok) return cleaned;
  return expectCheckDigit(cleaned.normalized, oibCheckDigit(cleaned.normalized));
}

export function generateOib(rand: RandomFn): string {
  const body = randomDigits(rand, 10);
  return body + oibCheckDigit(body);
}
