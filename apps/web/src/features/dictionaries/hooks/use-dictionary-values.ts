// The values of one dictionary for the administration table.
import { useQuery } from '@apollo/client/react';
import type { DictionaryKind } from '@veza/shared';
import { AdminDictionaryValuesQuery } from '../api/admin-dictionary-values-query.ts';

export function useDictionaryValues(kind: DictionaryKind) {
  const { data, loading, error } = useQuery(AdminDictionaryValuesQuery, { variables: { kind } });
  return { values: data?.dictionary ?? [], loading: loading && !data, error };
}

export type DictionaryValueRow = ReturnType<typeof useDictionaryValues>['values'][number];
