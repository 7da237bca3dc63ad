// One-tap links of the phone layout: what the dialer, mail app and maps app receive.
import { describe, expect, it } from 'vitest';
import { addressLine, mailtoHref, mapsHref, telHref } from './contact-href.ts';

describe('contact links', () => {
  it('dials only the digits and the leading plus', () => {
    expect(telHref('+385 (1) 234-567')).toBe('tel:+3851234567');
    expect(telHref('091 234 5678')).toBe('tel:0912345678');
  });

  it('writes to the trimmed address', () => {
    expect(mailtoHref(' ana@example.com ')).toBe('mailto:ana@example.com');
  });

  it('builds one address line, or none without street and city', () => {
    expect(addressLine({ street: 'Ilica 1', postalCode: '10000', city: 'Zagreb', country: 'Hrvatska' })).toBe(
      'Ilica 1, 10000 Zagreb, Hrvatska',
    );
    expect(addressLine({ city: 'Łódź' })).toBe('Łódź');
    expect(addressLine({ postalCode: '10000', country: 'HR' })).toBeNull();
  });

  it('encodes the address into the maps query', () => {
    expect(mapsHref('Ilica 1, 10000 Zagreb & Co')).toBe(
      'https://www.google.com/maps/search/?api=1&query=Ilica%201%2C%2010000%20Zagreb%20%26%20Co',
    );
  });
});
