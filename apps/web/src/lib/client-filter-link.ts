// Links to the client list with a filter in the address: `/clients?filter=<base64url JSON ClientFilter>`. Any feature
// may build such a link (e.g. a report cell → the clients behind it); the client list reads it back, checked with the
// shared schema, so a damaged or hand-made link is ignored rather than sent.
import { ClientFilterInput, type ClientFilter } from '@veza/shared';

export const CLIENT_FILTER_PARAM = 'filter';

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

export function encodeClientFilter(filter: ClientFilter): string {
  return toBase64Url(JSON.stringify(filter));
}

export type DecodedClientFilter = { filter: ClientFilter | null; invalid: boolean };

/** No parameter → no filter; one that is not a valid client filter → no filter and `invalid`. */
export function decodeClientFilter(param: string | null): DecodedClientFilter {
  if (param == null || param === '') return { filter: null, invalid: false };
  if (param.length > MAX_PARAM_LENGTH || !/^[A-Za-z0-9_-]+$/.test(param)) return { filter: null, invalid: true };
  try {
    const parsed = ClientFilterInput.safeParse(JSON.parse(fromBase64Url(param)));
    return parsed.success ? { filter: parsed.data, invalid: false } : { filter: null, invalid: true };
  } catch {
    return { filter: null, invalid: true };
  }
}

/** The client list showing the clients that match `filter`. */
export function clientListHref(filter: ClientFilter): string {
  return `/clients?${CLIENT_FILTER_PARAM}=${encodeClientFilter(filter)}`;
}
