// Picks users by name for account-manager conditions; the values are user ids.
import { useQuery } from '@apollo/client/react';
import { MultiSelect, Select, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterUserOptionsQuery } from './api/filter-user-options-query.ts';

/** The server already filtered by the search text (name or e-mail). */
const keepAll: OptionsFilter = ({ options }) => options;

type Props =
  | { multiple?: false; label: string; value: string | null; error?: string; onChange: (value: string | null) => void }
  | { multiple: true; label: string; value: string[]; error?: string; onChange: (value: string[]) => void };

export function UserSelect(props: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { data } = useQuery(FilterUserOptionsQuery, { variables: { search: debounced.trim() || null } });
  const users = data?.users.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const selected = props.multiple ? props.value : props.value ? [props.value] : [];
  // A saved filter may name users outside the current search result: keep them selectable (shown by id).
  const options = [
    ...users,
    ...selected.filter((id) => !users.some((u) => u.value === id)).map((id) => ({ value: id, label: id })),
  ];
  const common = {
    size: 'xs' as const,
    'aria-label': props.label,
    searchable: true,
    data: options,
    error: props.error,
    onSearchChange: setSearch,
    filter: keepAll,
    nothingFoundMessage: t('common.nothingFound'),
    miw: 200,
  };
  return props.multiple ? (
    <MultiSelect {...common} value={props.value} onChange={props.onChange} placeholder={t('filter.chooseValues')} />
  ) : (
    <Select {...common} value={props.value} onChange={props.onChange} placeholder={t('filter.chooseValue')} />
  );
}
