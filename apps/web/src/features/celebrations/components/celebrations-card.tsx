// Home page card: today's and the coming week's birthdays and name days of my clients' persons, with a way to
// congratulate: an e-mail draft (mailto, until Veza sends e-mail) or a call logged on the spot (the activities
// feature's form, plugged in by the app, prefilled with the client, the person, the call type and a subject).
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivityFormModalProps, ActivityPrefill } from '../../../lib/activity-modals.ts';
import { CelebrationActivityTypesQuery } from '../api/celebration-activity-types-query.ts';
import { UpcomingCelebrationsQuery } from '../api/upcoming-celebrations-query.ts';

type Celebration = { kind: string; date: string; personId: string; personName: string; clientId: string };

/** The seeded activity type for phone calls (dictionary ACTIVITY_TYPE). */
const CALL_TYPE_KEY = 'call';

function useCallPrefill() {
  const { t } = useTranslation();
  const types = useQuery(CelebrationActivityTypesQuery);
  const typeId = types.data?.dictionary.find((d) => d.key === CALL_TYPE_KEY)?.id;
  return (c: Celebration): ActivityPrefill => ({
    clientId: c.clientId,
    contactPersonId: c.personId,
    typeId,
    subject: t(`celebrations.callSubject.${c.kind}`, { name: c.personName }),
    status: 'DONE',
    startsAt: new Date(),
  });
}

export default function CelebrationsCard({
  activityForm: Form,
}: {
  activityForm?: ComponentType<ActivityFormModalProps>;
}) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(UpcomingCelebrationsQuery, { variables: { days: 7 } });
  const prefill = useCallPrefill();
  const [call, setCall] = useState<ActivityPrefill | null>(null);
  const rows = data?.upcomingCelebrations ?? [];
  const dayLabel = (date: string) =>
    new Intl.DateTimeFormat(i18n.language, {
      weekday: 'short',
      day: 'numeric',
      month: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${date}T12:00:00Z`));
  return (
    <Card>
      <Title order={2} size="h4" mb="sm">
        {t('celebrations.title')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('celebrations.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          {rows.map((c) => (
            <Stack key={`${c.kind}-${c.personId}-${c.date}`} gap={0}>
              <Group gap="xs" wrap="wrap">
                <Badge size="xs" variant="light" color={c.kind === 'BIRTHDAY' ? 'pink' : 'grape'}>
                  {t(`celebrations.kind.${c.kind}`)}
                </Badge>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {c.personName}
                  {c.age ? ` (${c.age})` : ''}
                </Text>
              </Group>
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {dayLabel(c.date)} ·{' '}
                <Anchor size="xs" component={Link} to={`/clients/${c.clientId}`}>
                  {c.clientName}
                </Anchor>
              </Text>
              <Group gap="sm">
                {c.email && (
                  <Anchor size="xs" href={`mailto:${c.email}?subject=${encodeURIComponent(t('celebrations.subject'))}`}>
                    {t('celebrations.email')}
                  </Anchor>
                )}
                {Form ? (
                  <Anchor
                    component="button"
                    type="button"
                    size="xs"
                    onClick={() => setCall(prefill(c))}
                    aria-label={t('celebrations.logCallFor', { name: c.personName })}
                  >
                    {t('celebrations.logCall')}
                  </Anchor>
                ) : (
                  <Anchor size="xs" component={Link} to={`/clients/${c.clientId}?tab=history`}>
                    {t('celebrations.logCall')}
                  </Anchor>
                )}
              </Group>
            </Stack>
          ))}
        </Stack>
      )}
      <Anchor size="xs" mt="sm" component={Link} to="/notifications">
        {t('celebrations.remindMe')}
      </Anchor>
      {Form && call && <Form opened onClose={() => setCall(null)} initial={call} onSaved={() => setCall(null)} />}
    </Card>
  );
}
