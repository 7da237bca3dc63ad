// Whose schedule (own, or picked users when permitted) and the client / type / status filters.
import { useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, SegmentedControl, Stack } from '@mantine/core';
import { ACTIVITY_STATUSES, activityTypeIconOf } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import { ActivityTypeIcon } from '../../../components/activity-type-icon.tsx';
import { useSession } from '../../../lib/session.tsx';
import { ScheduleClientOptionsQuery } from '../api/schedule-client-options-query.ts';
import { ScheduleTypeOptionsQuery } from '../api/schedule-type-options-query.ts';
import { ScheduleUserOptionsQuery } from '../api/schedule-user-options-query.ts';
import type { ActivityStatus, CalendarFilters, ScheduleMode } from '../lib/calendar-query.ts';
import { RemoteMultiSelect, useServerSearch } from './remote-multi-select.tsx';

function ClientFilter({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const search = useServerSearch();
  const { data } = useQuery(ScheduleClientOptionsQuery, { variables: { search: search.term } });
  return (
    <RemoteMultiSelect
      label={t('calendar.filters.clients')}
      placeholder={value.length ? undefined : t('calendar.filters.allClients')}
      value={value}
      onChange={onChange}
      search={search}
      found={data?.clients.edges.map((e) => e.node) ?? []}
      clearable
      w={260}
    />
  );
}

function UserPicker({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const search = useServerSearch();
  const { data } = useQuery(ScheduleUserOptionsQuery, { variables: { search: search.term } });
  return (
    <RemoteMultiSelect
      label={t('calendar.filters.users')}
      placeholder={value.length ? undefined : t('calendar.filters.pickUsers')}
      value={value}
      onChange={onChange}
      search={search}
      found={data?.users.edges.map((e) => e.node) ?? []}
      seed={{ [user.id]: user.name }}
      miw={300}
      maw={640}
    />
  );
}

function TypeFilter({ value, onChange }: { value: string[]; onChange: (keys: string[]) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(ScheduleTypeOptionsQuery);
  const types = data?.dictionary ?? [];
  const byKey = new Map(types.map((ty) => [ty.key, ty]));
  return (
    <MultiSelect
      label={t('calendar.filters.types')}
      placeholder={value.length ? undefined : t('calendar.filters.allTypes')}
      data={types.filter((ty) => ty.active || value.includes(ty.key)).map((ty) => ({ value: ty.key, label: ty.label }))}
      value={value}
      onChange={onChange}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="nowrap">
          <ActivityTypeIcon
            icon={activityTypeIconOf(byKey.get(option.value)?.meta)}
            color={byKey.get(option.value)?.color ?? 'var(--mantine-primary-color-filled)'}
          />
          {option.label}
        </Group>
      )}
      clearable
      w={220}
    />
  );
}

interface Props {
  mode: ScheduleMode;
  canViewOthers: boolean;
  userIds: string[];
  filters: CalendarFilters;
  onModeChange: (mode: ScheduleMode) => void;
  onUsersChange: (ids: string[]) => void;
  onFiltersChange: (filters: CalendarFilters) => void;
}

export function ScheduleFilters(props: Props) {
  const { t } = useTranslation();
  const { filters, onFiltersChange } = props;
  const set = (patch: Partial<CalendarFilters>) => onFiltersChange({ ...filters, ...patch });
  const anyFilter = filters.clientIds.length + filters.typeKeys.length + filters.statuses.length > 0;
  return (
    <Stack gap="sm">
      {props.canViewOthers && (
        <Group align="flex-end" gap="sm">
          <SegmentedControl
            aria-label={t('calendar.scheduleLabel')}
            value={props.mode}
            onChange={(v) => props.onModeChange(v as ScheduleMode)}
            data={[
              { value: 'mine', label: t('calendar.mySchedule') },
              { value: 'team', label: t('calendar.teamSchedule') },
            ]}
          />
          {props.mode === 'team' && <UserPicker value={props.userIds} onChange={props.onUsersChange} />}
        </Group>
      )}
      <Group align="flex-end" gap="sm">
        <ClientFilter value={filters.clientIds} onChange={(clientIds) => set({ clientIds })} />
        <TypeFilter value={filters.typeKeys} onChange={(typeKeys) => set({ typeKeys })} />
        <MultiSelect
          label={t('calendar.filters.statuses')}
          placeholder={filters.statuses.length ? undefined : t('calendar.filters.openAndDone')}
          data={ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`calendar.status.${s}`) }))}
          value={filters.statuses}
          onChange={(v) => set({ statuses: v as ActivityStatus[] })}
          clearable
          w={250}
        />
        {anyFilter && (
          <Button variant="subtle" onClick={() => onFiltersChange({ clientIds: [], typeKeys: [], statuses: [] })}>
            {t('calendar.filters.clear')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
