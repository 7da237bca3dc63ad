// The exact number of clients matching the list's filter, counted only when the user asks (the list shows the cheap
// count: exact up to a threshold, an estimate above it). A figure counted for another filter is never shown.
import { useLazyQuery } from '@apollo/client/react';
import type { ClientFilter } from '@veza/shared';
import { useState } from 'react';
import { ClientTotalQuery, type ClientFilterInputType } from '../api/client-list-query.ts';

export function useExactCount(filter: ClientFilter | null) {
  const key = JSON.stringify(filter);
  const [askedFor, setAskedFor] = useState<string | null>(null);
  const [run, { data, loading, error }] = useLazyQuery(ClientTotalQuery, { fetchPolicy: 'network-only' });
  const current = askedFor === key;
  return {
    value: current && !loading ? (data?.clients.totalCount ?? null) : null,
    loading: current && loading,
    error: current ? error : undefined,
    request: () => {
      setAskedFor(key);
      void run({ variables: { filter: filter as ClientFilterInputType | null } }).catch(() => undefined);
    },
  };
}
