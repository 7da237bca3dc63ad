// A letter-ready address block (seeds 002, 003): person name, function, firm, street, postcode + city and the
// country's name in the reader's language. Empty parts are left out; the text goes to the clipboard.

export interface AddressParts {
  personName?: string | null;
  jobTitle?: string | null;
  firm?: string | null;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  /** ISO 3166-1 alpha-2 code, e.g. "HR". */
  country?: string | null;
}

/** The country's name in `locale` ("HR" → "Chorwacja" in Polish); the code itself when the name is unknown. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function addressBlock(parts: AddressParts, locale: string): string {
  const clean = (v?: string | null) => (v ?? '').trim();
  const place = [clean(parts.postalCode), clean(parts.city)].filter(Boolean).join(' ');
  const country = clean(parts.country);
  return [
    clean(parts.personName),
    clean(parts.jobTitle),
    clean(parts.firm),
    clean(parts.street),
    place,
    country ? countryName(country, locale) : '',
  ]
    .filter(Boolean)
    .join('\n');
}
