// Header recognition in four languages, and the file format detection of CSV files.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectEncoding } from './file-reader.ts';
import { autoMap, normaliseHeader } from './import-fields.ts';
import { isoDate } from './import-rows.ts';

describe('autoMap', () => {
  it('recognises headers in English, Polish, Croatian and Czech, and user-defined attributes by key or label', () => {
    const headers = [
      'Naziv tvrtke',
      'OIB',
      'Poštanski broj',
      'Miasto',
      'NIP',
      'IČO',
      'E-mail',
      'Zaměstnanci',
      '__proto__',
      'Whatever',
    ];
    const attrs = [{ key: 'employees', labels: { en: 'Employees', cs: 'Zaměstnanci' } }];
    expect(autoMap(headers, attrs)).toEqual([
      'name',
      'taxId',
      'postalCode',
      'city',
      null, // a second tax id column is not mapped twice
      'registrationNo',
      'email',
      'attr:employees',
      null,
      null,
    ]);
  });

  it('normalises accents, Ł and Đ', () =>
    expect(normaliseHeader('Miejscowość Łódź Đakovo')).toBe('miejscowosclodzdakovo'));
});

describe('CSV detection', () => {
  const text = 'Nazwa;Miasto\nŻółć Spółka;Łódź\nŠkoda;Čakovec\n';
  it.each(['utf-8', 'windows-1250', 'iso-8859-2'])('detects %s', (encoding) => {
    expect(detectEncoding(iconv.encode(text, encoding))).toBe(encoding);
  });
  it('detects the delimiter, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('a;b;c\n"x,y";2;3\n')).toBe(';');
    expect(detectDelimiter('a,b\n"x;y",2\n')).toBe(',');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
  });
});

describe('isoDate', () => {
  it('reads day serials (a date cell without its style), dd.mm.yyyy and leaves the rest to the schema', () => {
    expect(isoDate('34233')).toBe('1993-09-21');
    expect(isoDate('24. 12. 1990.')).toBe('1990-12-24');
    expect(isoDate('1990-12-24')).toBe('1990-12-24');
    expect(isoDate('soon')).toBe('soon');
  });
});
