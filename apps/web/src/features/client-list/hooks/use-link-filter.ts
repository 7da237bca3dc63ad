// A filter handed over in the address (`?filter=`, see lib/client-filter-link.ts), e.g. from a report cell; checked
// with the shared schema. Clearing it removes the parameter (the list then shows all clients / the remembered view).
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CLIENT_FILTER_PARAM, decodeClientFilter } from '../../../lib/client-filter-link.ts';

export function useLinkFilter() {
  const [params, setParams] = useSearchParams();
  const param = params.get(CLIENT_FILTER_PARAM);
  const decoded = useMemo(() => decodeClientFilter(param), [param]);
  const clear = () =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(CLIENT_FILTER_PARAM);
        return next;
      },
      { replace: true },
    );
  return { param, ...decoded, clear };
}
