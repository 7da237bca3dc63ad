// Home page card: today's and the coming week's birthdays and name days of my clients' persons, with a way to
// congratulate (an e-mail draft, or the client's page to log a call).
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UpcomingCelebrationsQuery } from '../api/upcoming-celebrations-query.ts';

export default function CelebrationsCard() {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(UpcomingCelebrationsQuery, { variables: { days: 7 } });
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
              <Group gap="xs" wrap="nowrap">
                <Badge size="xs" variant="light" color={c.kind === 'BIRTHDAY' ? 'pink' : 'grape'}>
                  {t(`celebrations.kind.${c.kind}`)}
                </Badge>
                <Text size="sm" fw={500}>
                  {c.personName}
                  {c.age ? ` (${c.age})` : ''}
                </Text>
              </Group>
              <Text size="xs" c="dimmed">
                {dayLabel(c.date)} · {c.clientName}
              </Text>
              <Group gap="sm">
                {c.email && (
                  <Anchor size="xs" href={`mailto:${c.email}?subject=${encodeURIComponent(t('celebrations.subject'))}`}>
                    {t('celebrations.email')}
                  </Anchor>
                )}
                <Anchor size="xs" component={Link} to={`/clients/${c.clientId}?tab=history`}>
                  {t('celebrations.logCall')}
                </Anchor>
              </Group>
            </Stack>
          ))}
        </Stack>
      )}
    </Card>
  );
}
