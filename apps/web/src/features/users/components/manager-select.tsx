// Picks a user's manager among active users (searched on the server as one types); clearing it sets no manager.
import { useQuery } from '@apollo/client/react';
import { Select, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ManagerOptionsQuery } from '../api/manager-options-query.ts';

/** The server already filtered by the search text (name or e-mail). */
const keepAll: OptionsFilter = ({ options }) => options;

interface Props {
  userId?: string;
  current?: { id: string; name: string } | null;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
}

export function ManagerSelect({ userId, current, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { data } = useQuery(ManagerOptionsQuery, { variables: { search: debounced || null } });
  const found = (data?.users.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
  const options = [...(current ? [{ value: current.id, label: current.name }] : []), ...found].filter(
    (o, i, all) => o.value !== userId && all.findIndex((x) => x.value === o.value) === i,
  );
  return (
    <Select
      label={t('users.fields.manager')}
      description={t('users.fields.managerHint')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      onSearchChange={setSearch}
      filter={keepAll}
      nothingFoundMessage={t('common.nothingFound')}
      error={error}
    />
  );
}
