// Picks a client by name (the server's quick search; at least two characters), with its city.
import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FirmSearchQuery } from '../api/firm-search-query.ts';

interface Props {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  /** Clients not to offer (the person's current firms). */
  exclude: readonly string[];
  error?: string;
}

export function FirmPicker({ label, value, onChange, exclude, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(FirmSearchQuery, {
    variables: { filter: { search: debounced } },
    skip: debounced.length < 2,
  });
  const options = (data?.clients.edges ?? [])
    .map((e) => e.node)
    .filter((c) => !exclude.includes(c.id))
    .map((c) => ({ value: c.id, label: [c.name, c.city].filter(Boolean).join(' · ') }));
  const hint = debounced.length < 2 ? 'seedDetails.firmSearchHint' : loading ? 'common.loading' : 'common.nothingFound';
  return (
    <Select
      label={label}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t(hint)}
      clearable
      error={error}
    />
  );
}
