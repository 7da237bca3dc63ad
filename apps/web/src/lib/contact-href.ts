// Links that a phone opens in its dialer, mail app or maps app with one tap.

/** `tel:` with only digits and a leading "+", as dialers expect ("+385 1 234-567" → "tel:+3851234567"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function mailtoHref(email: string): string {
  return `mailto:${email.trim()}`;
}

/** The address as one line ("Ilica 1, 10000 Zagreb, HR"), or null when there is nothing to look up. */
export function addressLine(a: {
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  country?: string | null;
}): string | null {
  const place = [a.postalCode, a.city].filter(Boolean).join(' ');
  const line = [a.street, place, a.country].filter(Boolean).join(', ');
  return a.street || a.city ? line : null;
}

/** Google's cross-platform Maps URL: the maps app on Android and iOS, the web map elsewhere. */
export function mapsHref(address: string): string {
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}`;
}
