// The address block for a letter: its lines and the country named in the reader's language.
import { describe, expect, it } from 'vitest';
import { addressBlock } from './address-block.ts';

const parts = {
  personName: 'Ivana Kovač',
  jobTitle: 'Nabavna direktorica',
  firm: 'Kovač d.o.o.',
  street: 'Ilica 1',
  postalCode: '10000',
  city: 'Zagreb',
  country: 'HR',
};
const lines = (country: string) =>
  ['Ivana Kovač', 'Nabavna direktorica', 'Kovač d.o.o.', 'Ilica 1', '10000 Zagreb', country].join('\n');

describe('addressBlock', () => {
  it.each([
    ['hr', 'Hrvatska'],
    ['pl', 'Chorwacja'],
    ['cs', 'Chorvatsko'],
    ['en', 'Croatia'],
  ])('names the country in %s', (locale, country) => {
    expect(addressBlock(parts, locale)).toBe(lines(country));
  });

  it('leaves out empty parts (a client without a person, no street)', () => {
    expect(
      addressBlock({ firm: 'Firma s.r.o.', street: ' ', postalCode: '110 00', city: 'Praha', country: 'cz' }, 'cs'),
    ).toBe('Firma s.r.o.\n110 00 Praha\nČesko');
  });

  it('keeps a country that is not a code as it is', () => {
    expect(addressBlock({ firm: 'X', country: 'Narnia' }, 'en')).toBe('X\nNarnia');
  });
});
