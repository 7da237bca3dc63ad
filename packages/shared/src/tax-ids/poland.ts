// Polish NIP (tax id) and REGON (statistical registration number): validation and generation.
import { cleanDigits, expectCheckDigit, weightedSum, type TaxIdResult } from './result.ts';
import { randomDigits, type RandomFn } from './random.ts';

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;
const REGON9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7] as const;
const REGON14_WEIGHTS = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8] as const;

/** Null when the remainder is 10: no NIP is ever issued with such a body. */
export function nipCheckDigit(body: string): number | null {
  const remainder = weightedSum(body, NIP_WEIGHTS) % 11;
  return remainder === 10 ? null : remainder;
}

/** REGON maps a remainder of 10 to 0 instead of rejecting it (unlike NIP). */
function regonCheckDigit(body: string, weights: readonly number[]): number {
  return (weightedSum(body, weights) % 11) % 10;
}

/** 10 digits; accepts the "PL" VAT prefix and the printed forms 123-456-78-19 / 123-45-67-819. */
export function validateNip(value: string): TaxIdResult {
  const cleaned = cleanDigits(value, 'PL', [10]);
  if (!cleaned.ok) return cleaned;
  return expectCheckDigit(cleaned.normalized, nipCheckDigit(cleaned.normalized));
}

/**
 * 9 digits (the entity) or 14 digits (a local unit: the entity's REGON + 4-digit unit + check). The
 * 7-digit REGONs of the 1990s are not accepted; they were converted to 9 digits long ago.
 */
export function validateRegon(value: string): TaxIdResult {
  const cleaned = cleanDigits(value, null, [9, 14]);
  if (!cleaned.ok) return cleaned;
  const digits = cleaned.normalized;
  const entity = expectCheckDigit(digits.slice(0, 9), regonCheckDigit(digits, REGON9_WEIGHTS));
  if (!entity.ok || digits.length === 9) return entity;
  return expectCheckDigit(digits, regonCheckDigit(digits, REGON14_WEIGHTS));
}

export function generateNip(rand: RandomFn): string {
  let body = randomDigits(rand, 9);
  if (nipCheckDigit(body) === null) {
    // Changing the last body digit (weight 7) by ±1 shifts the sum by 7 or −63 ≢ 0 (mod 11), so the
    // remainder can no longer be 10 — deterministic, unlike retrying, which a constant `rand` never escapes.
    body = body.slice(0, 8) + ((Number(body[8]) + 1) % 10);
  }
  return body + nipCheckDigit(body);
}

export function generateRegon9(rand: RandomFn): string {
  const body = randomDigits(rand, 8);
  return body + regonCheckDigit(body, REGON9_WEIGHTS);
}

export function generateRegon14(rand: RandomFn): string {
  const body = generateRegon9(rand) + randomDigits(rand, 4);
  return body + regonCheckDigit(body, REGON14_WEIGHTS);
}
