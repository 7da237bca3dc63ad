// Links to the client list with a filter in the address: `/clients?filter=<base64url JSON ClientFilter>` (see
// filter-link.ts). Any feature may build one; the client list reads it back with the shared ClientFilterInput.
import { ClientFilterInput, type ClientFilter } from '@veza/shared';
import { FILTER_PARAM, decodeFilterParam, encodeFilterParam, type DecodedFilter } from './filter-link.ts';

export const CLIENT_FILTER_PARAM = FILTER_PARAM;

export function encodeClientFilter(filter: ClientFilter): string {
  return encodeFilterParam(filter);
}

export type DecodedClientFilter = DecodedFilter<ClientFilter>;

/** No parameter → no filter; one that is not a valid client filter → no filter and `invalid`. */
export function decodeClientFilter(param: string | null): DecodedClientFilter {
  return decodeFilterParam(ClientFilterInput, param) as DecodedClientFilter;
}

/** The client list showing the clients that match `filter`. */
export function clientListHref(filter: ClientFilter): string {
  return `/clients?${CLIENT_FILTER_PARAM}=${encodeClientFilter(filter)}`;
}
