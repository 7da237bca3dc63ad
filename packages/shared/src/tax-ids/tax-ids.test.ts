// Tax-id validators accept real and hand-checked numbers, reject near misses, and generators yield valid ids.
import { describe, expect, it } from 'vitest';
import {
  TAX_ID_MESSAGE_KEYS,
  generateIco,
  generateNip,
  generateOib,
  generateRegon14,
  generateRegon9,
  mulberry32,
  validateClientTaxId,
  validateDic,
  validateIco,
  validateNip,
  validateOib,
  validateRegistrationNumber,
  validateRegon,
  validateTaxId,
  validateTaxIdFormat,
  type TaxIdResult,
} from './index.ts';

const ok = (normalized: string): TaxIdResult => ({ ok: true, normalized });
const err = (error: (typeof TAX_ID_MESSAGE_KEYS)[number]): TaxIdResult => ({ ok: false, error });

describe('Croatian OIB', () => {
  // Hand check, ISO 7064 MOD 11,10 (p=10; s=(d+p) mod 10 or 10; p=2s mod 11; check=(11-p) mod 10):
  // 69435151530: p after each digit 1,9,6,7,4,10,10,2,3,1 → check (11-1) mod 10 = 0 ✓
  // 94577403194: p after each digit 7,2,3,9,1,10,9,4,10,7 → check (11-7) mod 10 = 4 ✓
  it.each([
    ['69435151530', '69435151530'],
    ['94577403194', '94577403194'],
    ['HR69435151530', '69435151530'],
    ['hr 694 351 515 30', '69435151530'],
  ])('accepts %j as %s', (input, normalized) => {
    expect(validateOib(input)).toEqual(ok(normalized));
  });

  it.each([
    ['69435151531', 'validation.taxId.checksum'],
    ['94577403184', 'validation.taxId.checksum'],
    ['6943515153', 'validation.taxId.length'],
    ['694351515300', 'validation.taxId.length'],
    ['PL69435151530', 'validation.taxId.format'],
    ['6943515153O', 'validation.taxId.format'],
    ['   ', 'validation.taxId.required'],
  ] as const)('rejects %j with %s', (input, error) => {
    expect(validateOib(input)).toEqual(err(error));
  });
});

describe('Polish NIP', () => {
  // Hand check, weights 6,5,7,2,3,4,5,6,7:
  // 5260250274: 30+10+42+0+6+20+0+12+49 = 169; 169 mod 11 = 4 = last digit ✓
  // 1234563218: 6+10+21+8+15+24+15+12+7 = 118; 118 mod 11 = 8 = last digit ✓
  it.each([
    ['5260250274', '5260250274'],
    ['1234563218', '1234563218'],
    ['526-025-02-74', '5260250274'],
    ['123-45-63-218', '1234563218'],
    ['PL 5260250274', '5260250274'],
  ])('accepts %j as %s', (input, normalized) => {
    expect(validateNip(input)).toEqual(ok(normalized));
  });

  it.each([
    ['5260250275', 'validation.taxId.checksum'],
    ['1234563228', 'validation.taxId.checksum'],
    // Body 000000001: 1·7 = 7 → check digit 7, so 9 fails.
    ['0000000019', 'validation.taxId.checksum'],
    // Body 000000003: 3·7 = 21, remainder 10 → no valid check digit exists, whatever follows.
    ['0000000030', 'validation.taxId.checksum'],
    ['526025027', 'validation.taxId.length'],
    ['HR5260250274', 'validation.taxId.format'],
  ] as const)('rejects %j with %s', (input, error) => {
    expect(validateNip(input)).toEqual(err(error));
  });
});

describe('Polish REGON', () => {
  // Hand check, 9 digits, weights 8,9,2,3,4,5,6,7: 123456785 → 8+18+6+12+20+30+42+56 = 192; 192 mod 11 = 5 ✓
  // 14 digits, weights 2,4,8,5,0,9,7,3,6,1,2,4,8: 12345678512347 → 2+8+24+20+0+54+49+24+30+1+4+12+32 = 260;
  // 260 mod 11 = 7 ✓, and its first 9 digits are the valid 123456785.
  it.each([
    ['123456785', '123456785'],
    ['12345678512347', '12345678512347'],
    ['123-456-785', '123456785'],
    // Remainder 10 maps to 0: body 00000090 → 9·6 = 54, 54 mod 11 = 10 → check 0.
    ['000000900', '000000900'],
  ])('accepts %j as %s', (input, normalized) => {
    expect(validateRegon(input)).toEqual(ok(normalized));
  });

  it.each([
    ['123456786', 'validation.taxId.checksum'],
    ['12345678512348', 'validation.taxId.checksum'],
    // Prefix 123456784 (needs 5) under a correct 14-digit check: 260 − 5·6 + 4·6 = 254, 254 mod 11 = 1.
    ['12345678412341', 'validation.taxId.checksum'],
    ['1234567', 'validation.taxId.length'],
    ['1234567851234', 'validation.taxId.length'],
    ['PL123456785', 'validation.taxId.format'],
  ] as const)('rejects %j with %s', (input, error) => {
    expect(validateRegon(input)).toEqual(err(error));
  });
});

describe('Czech IČO', () => {
  // Hand check, weights 8..2 over the first 7 digits; r = sum mod 11; check = 1 if r = 0, 0 if r = 1, else 11 − r:
  // 25596641: 16+35+30+45+24+18+8 = 176, r = 0 → 1 ✓
  // 00023841: 0+0+0+10+12+24+8 = 54, r = 10 → 1 ✓
  // 00006947: 0+0+0+0+24+27+8 = 59, r = 4 → 7 ✓
  // 00000060: 6·2 = 12, r = 1 → 0 ✓
  it.each([
    ['25596641', '25596641'],
    ['00023841', '00023841'],
    ['23841', '00023841'],
    ['000 06 947', '00006947'],
    ['60', '00000060'],
  ])('accepts %j as %s', (input, normalized) => {
    expect(validateIco(input)).toEqual(ok(normalized));
  });

  it.each([
    ['25596642', 'validation.taxId.checksum'],
    ['00023851', 'validation.taxId.checksum'],
    ['255966410', 'validation.taxId.length'],
    ['CZ25596641', 'validation.taxId.format'],
  ] as const)('rejects %j with %s', (input, error) => {
    expect(validateIco(input)).toEqual(err(error));
  });
});

describe('Czech DIČ', () => {
  // Birth numbers, hand check "first 9 digits mod 11" via the alternating digit sum from the right:
  // 710319274 → 4−7+2−9+1−3+0−1+7 = −6 ≡ 5 → 7103192745 ✓ (1971-03-19)
  // 715519274 → 4−7+2−9+1−5+5−1+7 = −3 ≡ 8 → 7155192748 ✓ (woman, month 55 → May)
  // 047201123 → 3−2+1−1+0−2+7−4+0 = 2 → 0472011232 ✓ (woman, +70 since 2004 → 2004-02-01)
  // 750101010 → 0−1+0−1+0−1+0−5+7 = −1 ≡ 10 → check 0: 7501010100, the pre-1985 exception ✓
  // Special 9-digit numbers, r = weights 8..2 over digits 2–8 mod 11, check = (r + 8) mod 10:
  // 640903926: 32+0+54+0+12+27+4 = 129, r = 8 → 6 ✓; VAT group 699004029: 72+63+0+0+16+0+4 = 155, r = 1 → 9 ✓
  // 687836437: 64+49+48+15+24+12+6 = 218, r = 9 → 7 ✓
  it.each([
    ['CZ25596641', 'CZ25596641'],
    ['cz 00023841', 'CZ00023841'],
    ['CZ7103192745', 'CZ7103192745'],
    ['CZ 710319/2745', 'CZ7103192745'],
    ['7103192745', 'CZ7103192745'],
    ['CZ7155192748', 'CZ7155192748'],
    ['CZ0472011232', 'CZ0472011232'],
    ['CZ7501010100', 'CZ7501010100'],
    ['CZ530101123', 'CZ530101123'],
    ['CZ640903926', 'CZ640903926'],
    ['CZ699004029', 'CZ699004029'],
    ['CZ687836437', 'CZ687836437'],
  ])('accepts %j as %s', (input, normalized) => {
    expect(validateDic(input)).toEqual(ok(normalized));
  });

  it.each([
    ['CZ25596642', 'validation.taxId.checksum'],
    ['CZ7103192746', 'validation.taxId.checksum'],
    ['CZ7501010109', 'validation.taxId.checksum'],
    // Remainder 10 ending in 0 is only valid for numbers issued before 1985.
    ['CZ9307113520', 'validation.taxId.checksum'],
    ['CZ640903927', 'validation.taxId.checksum'],
    ['CZ699004028', 'validation.taxId.checksum'],
    ['CZ7102302745', 'validation.taxId.birthDate'],
    ['CZ7113192745', 'validation.taxId.birthDate'],
    // 712319274 → 4−7+2−9+1−3+2−1+7 = −4 ≡ 7: checksum fine, but the +20 month only exists since 2004.
    ['CZ7123192747', 'validation.taxId.birthDate'],
    ['CZ550101123', 'validation.taxId.length'],
    ['CZ2559664', 'validation.taxId.length'],
    ['CZ71031927451', 'validation.taxId.length'],
    ['SK7103192745', 'validation.taxId.format'],
  ] as const)('rejects %j with %s', (input, error) => {
    expect(validateDic(input)).toEqual(err(error));
  });
});

describe('client tax id by country', () => {
  it.each([
    ['HR', 'HR69435151530', '69435151530'],
    ['pl', '526-025-02-74', '5260250274'],
    ['CZ', '25596641', '25596641'],
    ['CZ', '23841', '00023841'],
    ['CZ', 'CZ25596641', 'CZ25596641'],
    ['CZ', 'CZ7103192745', 'CZ7103192745'],
    ['DE', 'DE 123 456 789', 'DE123456789'],
    ['SK', '2020/123-4.5', '2020/123-4.5'],
    ['', 'abc', 'ABC'],
  ])('%s accepts %j as %s', (country, input, normalized) => {
    expect(validateClientTaxId(country, input)).toEqual(ok(normalized));
  });

  it.each([
    ['HR', '69435151531', 'validation.taxId.checksum'],
    ['PL', '5260250275', 'validation.taxId.checksum'],
    ['CZ', '25596642', 'validation.taxId.checksum'],
    ['DE', 'DE_123', 'validation.taxId.format'],
    ['DE', 'AB', 'validation.taxId.length'],
    ['DE', '123456789012345678901', 'validation.taxId.length'],
    ['DE', '', 'validation.taxId.required'],
  ] as const)('%s rejects %j with %s', (country, input, error) => {
    expect(validateClientTaxId(country, input)).toEqual(err(error));
  });

  it('checks registration numbers only where they exist', () => {
    expect(validateRegistrationNumber('PL', 'regon', '123456785')).toEqual(ok('123456785'));
    expect(validateRegistrationNumber('CZ', 'ico', '25596641')).toEqual(ok('25596641'));
    expect(validateRegistrationNumber('CZ', 'regon', '123456785')).toEqual(err('validation.taxId.unsupported'));
    expect(validateRegistrationNumber('HR', 'ico', '25596641')).toEqual(err('validation.taxId.unsupported'));
  });

  it('dispatches every kind through validateTaxId', () => {
    expect(validateTaxId('HR', 'taxId', '69435151530')).toEqual(ok('69435151530'));
    expect(validateTaxId('PL', 'regon', '12345678512347')).toEqual(ok('12345678512347'));
    expect(validateTaxId('CZ', 'ico', '00023841')).toEqual(ok('00023841'));
    expect(validateTaxId('CZ', 'dic', '25596641')).toEqual(ok('CZ25596641'));
    expect(validateTaxId('PL', 'dic', '25596641')).toEqual(err('validation.taxId.unsupported'));
  });

  it('returns only errors listed in TAX_ID_MESSAGE_KEYS', () => {
    const inputs = ['', 'x', '12', '123456789012345678901234', 'CZ7102302745', 'CZ1', '5260250275', '!!'];
    for (const country of ['HR', 'PL', 'CZ', 'DE']) {
      for (const input of inputs) {
        const result = validateClientTaxId(country, input);
        if (!result.ok) expect(TAX_ID_MESSAGE_KEYS).toContain(result.error);
      }
    }
    expect(validateTaxIdFormat('ab$c')).toEqual(err('validation.taxId.format'));
  });
});

describe('generators', () => {
  it.each([
    ['OIB', generateOib, validateOib, /^\d{11}$/],
    ['NIP', generateNip, validateNip, /^\d{10}$/],
    ['REGON-9', generateRegon9, validateRegon, /^\d{9}$/],
    ['REGON-14', generateRegon14, validateRegon, /^\d{14}$/],
    ['IČO', generateIco, validateIco, /^\d{8}$/],
  ] as const)('%s: 1000 generated numbers are all valid and stable for a seed', (_, generate, validate, shape) => {
    const rand = mulberry32(42);
    const numbers = Array.from({ length: 1000 }, () => generate(rand));
    for (const n of numbers) {
      expect(n).toMatch(shape);
      expect(validate(n)).toEqual(ok(n));
    }
    expect(new Set(numbers).size).toBeGreaterThan(990);
    const again = mulberry32(42);
    expect(numbers.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => generate(again)));
  });

  it.each([0, 0.3, 0.999999, 1])('stay valid even when rand always returns %s', (value) => {
    const rand = () => value;
    expect(validateOib(generateOib(rand)).ok).toBe(true);
    expect(validateNip(generateNip(rand)).ok).toBe(true);
    expect(validateRegon(generateRegon9(rand)).ok).toBe(true);
    expect(validateRegon(generateRegon14(rand)).ok).toBe(true);
    expect(validateIco(generateIco(rand)).ok).toBe(true);
  });

  it('mulberry32 yields numbers in [0, 1)', () => {
    const rand = mulberry32(1);
    for (let i = 0; i < 1000; i++) {
      const x = rand();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
