// A multi-select whose options the server finds by the typed text (clients, users), keeping chosen labels readable.
import { MultiSelect, type MultiSelectProps, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The typed text, and the trimmed, debounced term to send (null for none). */
export function useServerSearch() {
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  return { text, setText, term: debounced || null };
}

/** The server already matched the search text. */
const keepAll: OptionsFilter = ({ options }) => options;

type Props = Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'filter'> & {
  value: string[];
  onChange: (ids: string[]) => void;
  search: ReturnType<typeof useServerSearch>;
  found: { id: string; name: string }[];
  /** Labels known before any search (the viewer's own name). */
  seed?: Record<string, string>;
};

/**
 * Labels of chosen values are remembered when picked, so a choice stays readable after the search text changes and
 * the server no longer returns it.
 */
export function RemoteMultiSelect({ value, onChange, search, found, seed = {}, ...rest }: Props) {
  const { t } = useTranslation();
  const [known, setKnown] = useState<Record<string, string>>(seed);
  const options = found.map((o) => ({ value: o.id, label: o.name }));
  for (const id of value) if (!options.some((o) => o.value === id)) options.push({ value: id, label: known[id] ?? id });
  const change = (ids: string[]) => {
    const picked = found.filter((o) => ids.includes(o.id));
    setKnown((prev) => ({ ...prev, ...Object.fromEntries(picked.map((o) => [o.id, o.name])) }));
    onChange(ids);
  };
  return (
    <MultiSelect
      {...rest}
      data={options}
      value={value}
      onChange={change}
      searchable
      searchValue={search.text}
      onSearchChange={search.setText}
      filter={keepAll}
      nothingFoundMessage={t('common.nothingFound')}
    />
  );
}
