// The activity list's filter bar: text, client, users, types, statuses, priority, period and "overdue only".
import { Button, Checkbox, Chip, Group, MultiSelect, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { ACTIVITY_PRIORITIES, ACTIVITY_STATUSES } from '@veza/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivityDictionary } from '../hooks/use-activity-dictionary.ts';
import { useUserOptions } from '../hooks/use-user-options.ts';
import type { ActivityPriority, ActivityStatus } from '../lib/activity-tone.ts';
import { activeFilterCount, EMPTY_LIST_FILTER, type ListFilterState } from '../lib/list-filter.ts';
import { ClientSelect, TypeSwatch } from './activity-pickers.tsx';
import { DateInput } from '../../../components/date-input.tsx';

interface Props {
  value: ListFilterState;
  onChange: (next: ListFilterState) => void;
  /** Shown at the end of the last row (the list's sort). */
  children?: ReactNode;
}

export function ActivityFilters({ value, onChange, children }: Props) {
  const { t } = useTranslation();
  const types = useActivityDictionary('ACTIVITY_TYPE', null, true);
  const users = useUserOptions();
  const set = <K extends keyof ListFilterState>(key: K, v: ListFilterState[K]) => onChange({ ...value, [key]: v });
  const typesByKey = new Map(types.options.map((o) => [o.key, o]));
  const typeOptions = [...typesByKey.values()].map((o) => ({ value: o.key, label: o.label }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
      <TextInput
        label={t('activity.filter.text')}
        placeholder={t('activity.filter.textPlaceholder')}
        value={value.text}
        onChange={(e) => set('text', e.currentTarget.value)}
      />
      <ClientSelect
        label={t('activity.filter.client')}
        value={value.clientId}
        onChange={(v) => set('clientId', v)}
        clearable
      />
      {users.options.length > 1 && (
        <MultiSelect
          label={t('activity.filter.users')}
          data={users.options}
          value={value.userIds}
          onChange={(v) => set('userIds', v)}
          searchable
          clearable
        />
      )}
      <MultiSelect
        label={t('activity.filter.types')}
        data={typeOptions}
        value={value.typeKeys}
        onChange={(v) => set('typeKeys', v)}
        renderOption={({ option }) => (
          <Group gap="xs" wrap="nowrap">
            <TypeSwatch color={typesByKey.get(option.value)?.color} meta={typesByKey.get(option.value)?.meta} />
            <Text size="sm">{option.label}</Text>
          </Group>
        )}
        searchable
        clearable
      />
      <Select
        label={t('activity.filter.priority')}
        data={ACTIVITY_PRIORITIES.map((p) => ({ value: p, label: t(`activity.priority.${p}`) }))}
        value={value.priority}
        onChange={(v) => set('priority', v as ActivityPriority | null)}
        clearable
      />
      <DateInput
        label={t('activity.filter.fromDay')}
        value={value.fromDay}
        onChange={(e) => set('fromDay', e.currentTarget.value)}
      />
      <DateInput
        label={t('activity.filter.toDay')}
        value={value.toDay}
        onChange={(e) => set('toDay', e.currentTarget.value)}
      />
      <Group gap="xs" align="flex-end" style={{ gridColumn: '1 / -1' }}>
        <Chip.Group multiple value={value.statuses} onChange={(v) => set('statuses', v as ActivityStatus[])}>
          {ACTIVITY_STATUSES.map((s) => (
            <Chip key={s} value={s} size="sm">
              {t(`activity.statusName.${s}`)}
            </Chip>
          ))}
        </Chip.Group>
        {value.threadOf && (
          <Chip checked onChange={() => set('threadOf', null)} size="sm" ml="md">
            {t('seedDetails.threadFilter')}
          </Chip>
        )}
        <Checkbox
          ml="md"
          label={t('activity.filter.overdue')}
          checked={value.overdue}
          onChange={(e) => set('overdue', e.currentTarget.checked)}
        />
        <Group gap="sm" align="flex-end" ml="auto">
          {activeFilterCount(value) > 0 && (
            <Button variant="subtle" size="compact-sm" mb={4} onClick={() => onChange(EMPTY_LIST_FILTER)}>
              {t('activity.filter.clear')}
            </Button>
          )}
          {children}
        </Group>
      </Group>
    </SimpleGrid>
  );
}
