// Picks an existing person by name or e-mail (the server searches; at least two characters), showing their e-mail
// and firms so namesakes can be told apart.
import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonSearchQuery } from '../api/person-search-query.ts';

interface Props {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  /** Persons not to offer (already at this client, the person themself). */
  exclude?: readonly string[];
  error?: string;
}

export function PersonPicker({ label, value, onChange, exclude = [], error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(PersonSearchQuery, {
    variables: { search: debounced },
    skip: debounced.length < 2,
  });
  const options = (data?.persons.edges ?? [])
    .map((e) => e.node)
    .filter((p) => !exclude.includes(p.id))
    .map((p) => {
      const firms = p.clients.map((l) => l.client.name).join(', ');
      return { value: p.id, label: [p.fullName, p.emails[0], firms].filter(Boolean).join(' · ') };
    });
  return (
    <Select
      label={label}
      placeholder={t('seedDetails.personSearchPlaceholder')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched the words; the option text also holds e-mail and firms.
      filter={({ options: all }) => all}
      nothingFoundMessage={
        debounced.length < 2
          ? t('seedDetails.personSearchHint')
          : loading
            ? t('common.loading')
            : t('common.nothingFound')
      }
      clearable
      error={error}
    />
  );
}
