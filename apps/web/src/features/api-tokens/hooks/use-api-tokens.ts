// The caller's API tokens.
import { useQuery } from '@apollo/client/react';
import { ApiTokensQuery } from '../api/api-tokens-query.ts';

export function useApiTokens() {
  const { data, loading, error } = useQuery(ApiTokensQuery);
  return { tokens: data?.apiTokens ?? [], loading: loading && !data, error };
}

export type ApiTokenRow = ReturnType<typeof useApiTokens>['tokens'][number];
