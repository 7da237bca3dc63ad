// The home screen's agenda: the user's planned activities of the coming days grouped by day, the overdue ones below
// in red, with quick "mark done" and "open" actions and a "New activity" button.
import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useCan, useSession } from '../../../lib/session.tsx';
import { MyAgendaQuery } from '../api/my-agenda-query.ts';
import type { ActivityRow } from '../hooks/use-activity-connection.ts';
import { agendaDay } from '../lib/activity-when.ts';
import { addDays, dayKey, fromWallValue } from '../lib/zoned-time.ts';
import { ActivityCard } from './activity-card.tsx';
import { useActivityDialogs, type ActivityActions } from './use-activity-dialogs.tsx';

export const AGENDA_DAYS = 7;
/** Overdue items shown before "Show all"; a long backlog should not push everything else away. */
const OVERDUE_PREVIEW = 10;

function groupByDay(rows: readonly ActivityRow[], timeZone: string) {
  const groups = new Map<string, ActivityRow[]>();
  for (const row of rows) {
    const day = agendaDay(row, timeZone) ?? '';
    groups.set(day, [...(groups.get(day) ?? []), row]);
  }
  return [...groups.entries()];
}

function useDayTitle() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const today = dayKey(new Date(), user.timeZone);
  return (day: string) => {
    if (day === today) return t('agenda.today');
    if (day === addDays(today, 1)) return t('agenda.tomorrow');
    // Noon of that day in the user's zone names the right weekday whatever the browser's zone.
    const noon = fromWallValue(`${day}T12:00`, user.timeZone) ?? new Date();
    const text = new Intl.DateTimeFormat(i18n.language, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: user.timeZone,
    }).format(noon);
    // Weekdays are lower case in Polish, Croatian and Czech; only the heading's first letter is raised.
    return text.charAt(0).toLocaleUpperCase(i18n.language) + text.slice(1);
  };
}

function Upcoming({ rows, actions }: { rows: readonly ActivityRow[]; actions: ActivityActions }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const dayTitle = useDayTitle();
  if (!rows.length)
    return (
      <Text c="dimmed" size="sm" py="md">
        {t('agenda.emptyUpcoming', { count: AGENDA_DAYS })}
      </Text>
    );
  return (
    <Stack gap="md">
      {groupByDay(rows, user.timeZone).map(([day, items]) => (
        <Stack key={day} gap={6} data-testid="agenda-day" data-day={day}>
          <Text fw={600} size="sm">
            {dayTitle(day)}
          </Text>
          {items.map((a) => (
            <ActivityCard key={a.id} activity={a} actions={actions} when="time" quickActions />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

function Overdue({ rows, actions }: { rows: readonly ActivityRow[]; actions: ActivityActions }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, OVERDUE_PREVIEW);
  return (
    <Card
      data-testid="agenda-overdue"
      p={{ base: 'sm', sm: 'lg' }}
      style={{ borderColor: 'var(--mantine-color-red-4)' }}
    >
      <Title order={2} size="h4" mb="sm" c="red">
        {t('agenda.overdueTitle', { count: rows.length })}
      </Title>
      <Stack gap={6}>
        {shown.map((a) => (
          <ActivityCard key={a.id} activity={a} actions={actions} quickActions />
        ))}
      </Stack>
      {rows.length > shown.length && (
        <Button variant="subtle" color="red" mt="sm" onClick={() => setAll(true)}>
          {t('agenda.showAllOverdue', { count: rows.length })}
        </Button>
      )}
    </Card>
  );
}

export default function MyAgenda() {
  const { t } = useTranslation();
  const can = useCan();
  const { data, loading, error } = useQuery(MyAgendaQuery, {
    variables: { days: AGENDA_DAYS },
    fetchPolicy: 'cache-and-network',
  });
  const { actions, dialogs } = useActivityDialogs();
  const agenda = data?.myAgenda;
  return (
    <Stack gap="lg">
      <Card data-testid="agenda-upcoming" p={{ base: 'sm', sm: 'lg' }}>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('agenda.upcomingTitle', { count: AGENDA_DAYS })}
          </Title>
          {can('activities.write') && <Button onClick={() => actions.create()}>{t('activity.create')}</Button>}
        </Group>
        <ErrorAlert error={error} />
        {loading && !agenda ? <PageLoader /> : <Upcoming rows={agenda?.upcoming ?? []} actions={actions} />}
      </Card>
      {!!agenda?.overdue.length && <Overdue rows={agenda.overdue} actions={actions} />}
      {dialogs}
    </Stack>
  );
}
