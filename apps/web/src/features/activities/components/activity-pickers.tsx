// Selects used by the activity form and filters: a dictionary value with its colour (and icon), a client found by quick search,
// a parent activity of the same client found by subject, and colleagues (owner, participants) found by name or e-mail.
import { useQuery } from '@apollo/client/react';
import {
  Group,
  MultiSelect,
  Select,
  Stack,
  Text,
  type MultiSelectProps,
  type OptionsFilter,
  type SelectProps,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { activityTypeIconOf } from '@veza/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityTypeIcon } from '../../../components/activity-type-icon.tsx';
import { useFormatDateTime } from '../../../lib/format.ts';
import { ActivityClientOptionsQuery } from '../api/activity-client-options-query.ts';
import { ActivityListQuery } from '../api/activity-list-query.ts';
import type { ActivityDictionaryOption } from '../hooks/use-activity-dictionary.ts';
import { useColleagueOptions, useKnownUsers, type KnownUser } from '../hooks/use-colleague-options.ts';

/** The server already filtered by the search text. */
const keepAll: OptionsFilter = ({ options }) => options;

/** A dictionary value's mark: its icon (activity types) on its colour, or a dot of its colour. */
export function TypeSwatch({ color, meta, size }: { color: string | null | undefined; meta?: unknown; size?: number }) {
  return <ActivityTypeIcon icon={activityTypeIconOf(meta)} color={color} size={size} />;
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
      leftSection={
        selected && (selected.color || activityTypeIconOf(selected.meta)) ? (
          <TypeSwatch color={selected.color} meta={selected.meta} />
        ) : undefined
      }
      renderOption={({ option }) => {
        const o = options.find((x) => x.value === option.value);
        return (
          <Group gap="xs" wrap="nowrap">
            <TypeSwatch color={o?.color} meta={o?.meta} />
            <Text size="sm">{option.label}</Text>
          </Group>
        );
      }}
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

type Option = { value: string; label: string };

/**
 * A Select over the options the server found for `remote.term` (no filtering here); the chosen option stays listed
 * and labelled whatever the last result was.
 */
function RemoteSelect({
  remote,
  options,
  onChange,
  ...props
}: Omit<SelectProps, 'data' | 'onChange' | 'searchable' | 'filter' | 'onSearchChange'> & {
  remote: ReturnType<typeof useRemoteSearch>;
  options: Option[];
  onChange: (value: string | null) => void;
}) {
  const current = remote.current;
  const data = current && !options.some((o) => o.value === current.value) ? [current, ...options] : options;
  return (
    <Select
      {...props}
      data={data}
      searchable
      filter={keepAll}
      onSearchChange={remote.setSearch}
      onChange={(value, option) => {
        remote.setPicked(option ? { value: option.value, label: option.label } : null);
        onChange(value);
      }}
    />
  );
}

/** A client chosen by quick search (name, tax id, e-mail); `known` labels the current value before any search. */
export function ClientSelect({ known, ...props }: BaseProps & { known?: { id: string; name: string } | null }) {
  const { t } = useTranslation();
  const remote = useRemoteSearch(props.value, known ? { value: known.id, label: known.name } : null);
  const { data, loading } = useQuery(ActivityClientOptionsQuery, {
    variables: { filter: remote.term ? { search: remote.term } : null },
    skip: props.disabled,
  });
  const options = (data?.clients.edges ?? []).map((e) => ({
    value: e.node.id,
    label: e.node.city ? `${e.node.name} (${e.node.city})` : e.node.name,
  }));
  return (
    <RemoteSelect
      {...props}
      remote={remote}
      options={options}
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
  return (
    <RemoteSelect
      {...props}
      remote={remote}
      options={options}
      clearable
      disabled={props.disabled || !clientId}
      nothingFoundMessage={t('common.nothingFound')}
    />
  );
}

/** A colleague's name, with the e-mail beneath to tell namesakes apart. */
function ColleagueLabel({ label, email }: { label: string; email?: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{label}</Text>
      {email && (
        <Text size="xs" c="dimmed">
          {email}
        </Text>
      )}
    </Stack>
  );
}

/**
 * Who does the activity: any active colleague, found by the server by name or e-mail. The viewer and `known` (the
 * users already on the activity) are offered first and keep their names.
 */
export function ColleagueSelect({ known = [], ...props }: BaseProps & { known?: readonly KnownUser[] }) {
  const { t } = useTranslation();
  const mine = useKnownUsers(known).find((u) => u.id === props.value);
  const remote = useRemoteSearch(props.value, mine ? { value: mine.id, label: mine.name } : null);
  const { options, loading } = useColleagueOptions(remote.term, known, props.disabled);
  const emails = new Map(options.map((o) => [o.value, o.email]));
  return (
    <RemoteSelect
      {...props}
      remote={remote}
      options={options.map(({ value, label }) => ({ value, label }))}
      renderOption={({ option }) => <ColleagueLabel label={option.label} email={emails.get(option.value)} />}
      nothingFoundMessage={loading ? t('common.loading') : t('common.nothingFound')}
    />
  );
}

type ParticipantsProps = Omit<
  MultiSelectProps,
  'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'filter' | 'renderOption'
> & {
  /** `user:<id>` and `person:<id>` values. */
  value: string[];
  onChange: (value: string[]) => void;
  /** The client's persons, filtered here by the typed text. */
  persons: { id: string; fullName: string }[];
  /** Users already on the activity, so their names show before any search. */
  known?: readonly KnownUser[];
};

/** Invited colleagues (found by the server) and the client's persons (filtered locally), in two groups. */
export function ParticipantsSelect({ value, onChange, persons, known = [], ...props }: ParticipantsProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const { options, pinned, loading } = useColleagueOptions(debounced || null, known);
  const offered = new Set(options.map((o) => `user:${o.value}`));
  const emails = new Map(options.map((o) => [`user:${o.value}`, o.email]));
  // Chosen users stay in the data (hidden from the list unless the server offers them) so their pills keep names.
  const names = new Map([...pinned.map((u) => [`user:${u.id}`, u.name] as const), ...Object.entries(picked)]);
  const users = options.map((o) => ({ value: `user:${o.value}`, label: o.label }));
  for (const v of value)
    if (v.startsWith('user:') && !offered.has(v)) users.push({ value: v, label: names.get(v) ?? v });
  const data = [
    { group: t('activity.participantGroups.users'), items: users },
    {
      group: t('activity.participantGroups.persons'),
      items: persons.map((p) => ({ value: `person:${p.id}`, label: p.fullName })),
    },
  ].filter((g) => g.items.length > 0);
  const filter: OptionsFilter = ({ options: groups, search: text }) => {
    const needle = text.trim().toLocaleLowerCase();
    const shown = (item: { value: string; label: string }) =>
      item.value.startsWith('user:') ? offered.has(item.value) : item.label.toLocaleLowerCase().includes(needle);
    return groups
      .map((g) => ('group' in g ? { ...g, items: g.items.filter(shown) } : g))
      .filter((g) => !('group' in g) || g.items.length > 0);
  };
  const change = (next: string[]) => {
    const labels = new Map(users.map((u) => [u.value, u.label]));
    const added = next.filter((v) => offered.has(v)).map((v) => [v, labels.get(v)!] as const);
    setPicked((prev) => ({ ...prev, ...Object.fromEntries(added) }));
    onChange(next);
  };
  return (
    <MultiSelect
      {...props}
      data={data}
      value={value}
      onChange={change}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={filter}
      renderOption={({ option }) => <ColleagueLabel label={option.label} email={emails.get(option.value)} />}
      nothingFoundMessage={loading ? t('common.loading') : t('common.nothingFound')}
    />
  );
}
