// The active attribute definitions of clients or persons, refreshed when a form opens (admins may have changed them).
import { useQuery } from '@apollo/client/react';
import type { AttributeEntity } from '@veza/shared';
import { RecordAttributeDefinitionsQuery } from '../api/record-attribute-definitions-query.ts';

export function useRecordAttributes(entity: AttributeEntity) {
  const { data, loading, error } = useQuery(RecordAttributeDefinitionsQuery, {
    variables: { entity },
    fetchPolicy: 'cache-and-network',
  });
  return { definitions: data?.attributeDefinitions ?? [], loading: loading && !data, error };
}

export type RecordAttributeDefinition = ReturnType<typeof useRecordAttributes>['definitions'][number];
