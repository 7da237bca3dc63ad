// The client list's filter from a link (`?filter=`, lib/client-filter-link.ts), checked with the shared schema.
import { decodeClientFilter } from '../../../lib/client-filter-link.ts';
import { useLinkFilter as useAnyLinkFilter } from '../../../lib/use-link-filter.ts';

export function useLinkFilter() {
  return useAnyLinkFilter(decodeClientFilter);
}
