// Loads one client with its contact persons.
import { useQuery } from '@apollo/client/react';
import { ClientDetailQuery } from '../api/client-detail-query.ts';

export function useClientDetail(id: string) {
  const { data, loading, error, refetch } = useQuery(ClientDetailQuery, { variables: { id } });
  return { client: data?.client ?? null, loading: loading && !data, error, refetch };
}

export type ClientDetail = NonNullable<ReturnType<typeof useClientDetail>['client']>;
export type ClientPersonLink = ClientDetail['persons'][number];
export type ContactPerson = ClientPersonLink['person'];
export type ClientDictionaryValue = NonNullable<ClientDetail['status']>;
