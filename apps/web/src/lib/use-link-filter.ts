// A filter handed over in the address (`?filter=`, see filter-link.ts), e.g. from a report cell, decoded by the list's
// own checker. Clearing it removes the parameter (the list then shows its usual view).
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { FILTER_PARAM, type DecodedFilter } from './filter-link.ts';

export function useLinkFilter<T>(decode: (param: string | null) => DecodedFilter<T>) {
  const [params, setParams] = useSearchParams();
  const param = params.get(FILTER_PARAM);
  const decoded = useMemo(() => decode(param), [decode, param]);
  const clear = () =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(FILTER_PARAM);
        return next;
      },
      { replace: true },
    );
  return { param, ...decoded, clear };
}
