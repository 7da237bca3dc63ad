// Selects used by the activity form and filters: a dictionary value with its colour, a client found by quick search,
// and a parent activity of the same client found by subject.
import { useQuery } from '@apollo/client/react';
import { ColorSwatch, Group, Select, Text, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../../lib/format.ts';
import { ActivityClientOptionsQuery } from '../api/activity-client-options-query.ts';
import { ActivityListQuery } from '../api/activity-list-query.ts';
import type { ActivityDictionaryOption } from '../hooks/use-activity-dictionary.ts';

/** The server already filtered by the search text. */
const keepAll: OptionsFilter = ({ options }) => options;

export function TypeSwatch({ color, size = 12 }: { color: string | null | undefined; size?: number }) {
  return <ColorSwatch color={color ?? 'var(--mantine-color-gray-4)'} size={size} withShadow={false} aria-hidden />;
}

type BaseProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

export function DictionaryValueSelect({ options, ...props }: BaseProps & { options: ActivityDictionaryOption[] }) {
  const { t } = useTranslation();
  const selected = options.find((o) => o.value === props.value);
  return (
    <Select
      {...props}
      data={options.map((o) => ({ value: o.value, label: o.label }))}
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      leftSection={selected?.color ? <TypeSwatch color={selected.color} /> : undefined}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="nowrap">
          <TypeSwatch color={options.find((o) => o.value === option.value)?.color} />
          <Text size="sm">{option.label}</Text>
        </Group>
      )}
    />
  );
}

/**
 * The text to search the server with: what the user typed, but not the chosen option's own label (Mantine puts it
 * into the box), and the chosen option's label remembered so it stays visible whatever the last result was.
 */
function useRemoteSearch(value: string | null, known: { value: string; label: string } | null) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const current = value ? ([picked, known].find((o) => o?.value === value) ?? null) : null;
  const [debounced] = useDebouncedValue(search === current?.label ? '' : search.trim(), 250);
  return { term: debounced || null, current, setSearch, setPicked };
}

/** A client chosen by quick search (name, tax id, e-mail); `known` labels the current value before any search. */
export function ClientSelect({ known, ...props }: BaseProps & { known?: { id: string; name: string } | null }) {
  const { t } = useTranslation();
  const remote = useRemoteSearch(props.value, known ? { value: known.id, label: known.name } : null);
  const { data, loading } = useQuery(ActivityClientOptionsQuery, {
    variables: { search: remote.term },
    skip: props.disabled,
  });
  const options = (data?.clients.edges ?? []).map((e) => ({
    value: e.node.id,
    label: e.node.city ? `${e.node.name} (${e.node.city})` : e.node.name,
  }));
  if (remote.current && !options.some((o) => o.value === remote.current!.value)) options.unshift(remote.current);
  return (
    <Select
      {...props}
      data={options}
      searchable
      filter={keepAll}
      onSearchChange={remote.setSearch}
      onChange={(value, option) => {
        remote.setPicked(option ? { value: option.value, label: option.label } : null);
        props.onChange(value);
      }}
      nothingFoundMessage={loading ? t('common.loading') : t('common.nothingFound')}
      placeholder={props.placeholder ?? t('activity.clientSearchPlaceholder')}
    />
  );
}

/** An earlier activity of the same client to file this one under (a thread, or a main task's subtask). */
export function ParentSelect({
  clientId,
  excludeId,
  known,
  ...props
}: BaseProps & { clientId: string | null; excludeId?: string | null; known?: { id: string; subject: string } | null }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const remote = useRemoteSearch(props.value, known ? { value: known.id, label: known.subject } : null);
  const { data } = useQuery(ActivityListQuery, {
    variables: {
      filter: { clientIds: clientId ? [clientId] : [], text: remote.term },
      orderBy: { field: 'STARTS_AT', direction: 'DESC' },
      first: 20,
    },
    skip: !clientId,
  });
  const options = (data?.activities.edges ?? [])
    .map((e) => e.node)
    .filter((a) => a.id !== excludeId)
    .map((a) => {
      const when = format(a.startsAt ?? a.dueAt);
      return { value: a.id, label: when ? `${a.subject} · ${when}` : a.subject };
    });
  if (remote.current && !options.some((o) => o.value === remote.current!.value)) options.unshift(remote.current);
  return (
    <Select
      {...props}
      data={options}
      searchable
      clearable
      filter={keepAll}
      onSearchChange={remote.setSearch}
      onChange={(value, option) => {
        remote.setPicked(option ? { value: option.value, label: option.label } : null);
        props.onChange(value);
      }}
      disabled={props.disabled || !clientId}
      nothingFoundMessage={t('common.nothingFound')}
    />
  );
}
