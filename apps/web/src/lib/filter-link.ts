// A list's filter handed over in its address: `?filter=<base64url JSON>`. Any feature may build such a link (a report
// cell → the records behind it); the list reads it back checked with the shared schema of its filter, so a damaged or
// hand-made link is ignored rather than sent. Client list: client-filter-link.ts; activity and opportunity lists:
// record-list-links.ts.
import type { z } from 'zod';

export const FILTER_PARAM = 'filter';

/** Addresses stay well below what browsers and proxies accept. */
const MAX_PARAM_LENGTH = 6000;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(param: string): string {
  const base64 = param.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeFilterParam(filter: unknown): string {
  return toBase64Url(JSON.stringify(filter));
}

export type DecodedFilter<T> = { filter: T | null; invalid: boolean };

/** No parameter → no filter; one that `schema` does not accept → no filter and `invalid`. */
export function decodeFilterParam<S extends z.ZodType>(schema: S, param: string | null): DecodedFilter<z.output<S>> {
  if (param == null || param === '') return { filter: null, invalid: false };
  if (param.length > MAX_PARAM_LENGTH || !/^[A-Za-z0-9_-]+$/.test(param)) return { filter: null, invalid: true };
  try {
    const parsed = schema.safeParse(JSON.parse(fromBase64Url(param)));
    return parsed.success ? { filter: parsed.data, invalid: false } : { filter: null, invalid: true };
  } catch {
    return { filter: null, invalid: true };
  }
}
