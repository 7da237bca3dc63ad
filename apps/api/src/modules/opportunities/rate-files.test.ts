// Parsing the central banks' daily files into exact cross rates.
import { describe, expect, it } from 'vitest';
import { parseRateFile, RateFileError, ratesToBase } from './rate-files.ts';

const ECB_XML = `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <Cube><Cube time='2026-12-04'><Cube currency='USD' rate='1.0541'/><Cube currency='CZK' rate='25.123'/>
  <Cube currency='PLN' rate='4.2650'/></Cube></Cube></gesmes:Envelope>`;
const ECB_CSV = `Date, USD, JPY, CZK, PLN, \n04 December 2026, 1.0541, 158.11, 25.123, 4.2650, \n`;
const ECB_HIST = `Date,USD,CZK,PLN,CYP,\n2026-12-04,1.0541,25.123,4.2650,N/A,\n2026-12-03,1.05,25.2,4.27,N/A,\n`;
const NBP_XML = `<ArrayOfExchangeRatesTable><ExchangeRatesTable><Table>A</Table><No>235/A/NBP/2026</No>
  <EffectiveDate>2026-12-04</EffectiveDate><Rates><Rate><Currency>euro</Currency><Code>EUR</Code><Mid>4.2261</Mid></Rate>
  <Rate><Currency>korona czeska</Currency><Code>CZK</Code><Mid>0.1742</Mid></Rate></Rates></ExchangeRatesTable>
  </ArrayOfExchangeRatesTable>`;

const all = new Set(['EUR', 'PLN', 'CZK', 'USD']);

describe('rate files', () => {
  it.each([
    ['XML', ECB_XML],
    ['daily CSV', ECB_CSV],
  ])('reads the ECB %s as rates per euro', (_name, content) => {
    const { rates, dates } = ratesToBase(parseRateFile('ECB', content), 'EUR', all);
    expect(dates).toEqual(['2026-12-04']);
    expect(rates).toEqual(
      expect.arrayContaining([
        { currency: 'PLN', date: '2026-12-04', rate: '4.265' },
        { currency: 'CZK', date: '2026-12-04', rate: '25.123' },
      ]),
    );
  });

  it('reads the ECB history file day by day and ignores N/A', () => {
    const { rates, dates } = ratesToBase(parseRateFile('ECB', ECB_HIST), 'EUR', all);
    expect(dates).toEqual(['2026-12-03', '2026-12-04']);
    expect(rates.filter((r) => r.currency === 'PLN').map((r) => r.rate)).toEqual(['4.265', '4.27']);
  });

  it('turns NBP table A (PLN per unit) into rates to another base', () => {
    const { rates } = ratesToBase(parseRateFile('NBP', NBP_XML), 'EUR', all);
    expect(rates).toEqual(
      expect.arrayContaining([
        { currency: 'PLN', date: '2026-12-04', rate: '4.2261' },
        { currency: 'CZK', date: '2026-12-04', rate: '24.2600459242' },
      ]),
    );
    const toPln = ratesToBase(parseRateFile('NBP', NBP_XML), 'PLN', all).rates;
    expect(toPln.find((r) => r.currency === 'EUR')?.rate).toBe('0.2366247841');
  });

  it('divides ČNB rates by their amount column (100 HUF)', () => {
    const cnb = `04.12.2026 #235\nzemě|měna|množství|kód|kurz\nEMU|euro|1|EUR|24,285\nMaďarsko|forint|100|HUF|6,123\n`;
    const { rates, skipped } = ratesToBase(parseRateFile('CNB', cnb), 'EUR', new Set(['EUR', 'CZK', 'HUF']));
    expect(skipped).toEqual([]);
    expect(rates).toEqual(
      expect.arrayContaining([
        { currency: 'CZK', date: '2026-12-04', rate: '24.285' },
        { currency: 'HUF', date: '2026-12-04', rate: '396.6193042626' },
      ]),
    );
  });

  it.each([
    ['ECB', 'not a file'],
    ['NBP', '{"broken'],
    ['CNB', 'země|měna'],
    ['NBP', '[]'],
  ] as const)('refuses unreadable %s content', (format, content) => {
    expect(() => parseRateFile(format, content)).toThrow(RateFileError);
  });

  it('refuses a file without the base currency (no cross rate possible)', () => {
    expect(() => ratesToBase(parseRateFile('ECB', ECB_XML), 'GBP', all)).toThrow('validation.rateFile.noBase');
  });
});
