// The attribute definitions of one entity for the administration table.
import { useQuery } from '@apollo/client/react';
import type { AttributeEntity } from '@veza/shared';
import { AdminAttributeDefinitionsQuery } from '../api/admin-attribute-definitions-query.ts';

export function useAttributeDefinitions(entity: AttributeEntity) {
  const { data, loading, error } = useQuery(AdminAttributeDefinitionsQuery, { variables: { entity } });
  return { definitions: data?.attributeDefinitions ?? [], loading: loading && !data, error };
}

export type AttributeDefinitionRow = ReturnType<typeof useAttributeDefinitions>['definitions'][number];
