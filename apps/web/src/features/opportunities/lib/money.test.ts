// Amounts per UI language and currency, exactly from decimal strings (CLDR conventions of each language).
import { describe, expect, it } from 'vitest';
import { formatMoney } from './money.ts';

/** Intl separates with no-break spaces (U+00A0 / U+202F); compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it.each([
    ['hr', 'EUR', '1234.50', '1.234,50 €'],
    ['hr', 'EUR', '1234567.50', '1.234.567,50 €'],
    // Polish does not group four-digit numbers (CLDR minimumGroupingDigits = 2); five digits and more are grouped.
    ['pl', 'PLN', '1234.50', '1234,50 zł'],
    ['pl', 'PLN', '12345.50', '12 345,50 zł'],
    ['cs', 'CZK', '1234.50', '1 234,50 Kč'],
    ['cs', 'EUR', '1234.5', '1 234,50 €'],
    ['en', 'EUR', '1234.50', '€1,234.50'],
    ['en', 'PLN', '1234.50', 'PLN 1,234.50'],
  ])('%s %s %s → %s', (language, currency, amount, expected) => {
    expect(plain(formatMoney(amount, currency, language))).toBe(expected);
  });

  it('keeps every digit of a large decimal string (no floating-point rounding)', () => {
    expect(plain(formatMoney('90071992547409.93', 'EUR', 'cs'))).toBe('90 071 992 547 409,93 €');
  });

  it('shows a dash for a missing amount (no rate yet)', () => {
    expect(formatMoney(null, 'EUR', 'hr')).toBe('—');
  });
});
