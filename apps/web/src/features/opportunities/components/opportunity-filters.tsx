// The opportunity filter controls the board and the list share: one client (from ?client=), mine, owner, close-date
// range and an attribute condition.
import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, Switch } from '@mantine/core';
import type { OpportunityFilter } from '@veza/shared/graphql-types';
import { useTranslation } from 'react-i18next';
import type { AttributeFieldDefinition } from '../../../components/attribute-field/attribute-definition.ts';
import { OwnerOptionsQuery } from '../api/owner-options-query.ts';
import { AttributeFilter, type AttributeCondition } from './attribute-filter.tsx';
import { DateInput } from '../../../components/date-input.tsx';

interface Props {
  filter: OpportunityFilter;
  onChange: (filter: OpportunityFilter) => void;
  attributes: readonly AttributeFieldDefinition[];
}

export function OpportunityFilters({ filter, onChange, attributes }: Props) {
  const { t } = useTranslation();
  const owners = useQuery(OwnerOptionsQuery).data?.colleagues.edges.map((e) => ({
    value: e.node.id,
    label: e.node.name,
  }));
  return (
    <Group align="flex-end" mb="md" wrap="wrap">
      {filter.clientId && (
        <Button variant="light" size="xs" onClick={() => onChange({ ...filter, clientId: null })}>
          {t('opportunities.filter.allClients')}
        </Button>
      )}
      <Switch
        label={t('opportunities.filter.mine')}
        checked={filter.mine ?? false}
        onChange={(e) => onChange({ ...filter, mine: e.currentTarget.checked || null })}
      />
      <Select
        label={t('opportunities.filter.owner')}
        data={owners ?? []}
        clearable
        searchable
        value={filter.ownerIds?.[0] ?? null}
        onChange={(v) => onChange({ ...filter, ownerIds: v ? [v] : null })}
        w={200}
      />
      <DateInput
        label={t('opportunities.filter.closeFrom')}
        value={filter.closeFrom ?? ''}
        onChange={(e) => onChange({ ...filter, closeFrom: e.currentTarget.value || null })}
      />
      <DateInput
        label={t('opportunities.filter.closeTo')}
        value={filter.closeTo ?? ''}
        onChange={(e) => onChange({ ...filter, closeTo: e.currentTarget.value || null })}
      />
      <AttributeFilter
        definitions={attributes}
        value={filter.attributes as AttributeCondition | null | undefined}
        onChange={(value) => onChange({ ...filter, attributes: value })}
      />
    </Group>
  );
}
