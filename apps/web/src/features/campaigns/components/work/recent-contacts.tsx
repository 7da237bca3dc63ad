// The latest done contacts with the client, so the agent knows what was said before calling.
import { useQuery } from '@apollo/client/react';
import { Badge, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import { useFormatDateTime } from '../../../../lib/format.ts';
import { ClientRecentContactsQuery } from '../../api/client-recent-contacts-query.ts';

export function RecentContacts({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { data, loading, error } = useQuery(ClientRecentContactsQuery, {
    variables: { clientId },
    fetchPolicy: 'cache-and-network',
  });
  const contacts = data?.activities.edges.map((e) => e.node) ?? [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="recent-contacts-title">
      <Title order={3} size="h5" id="recent-contacts-title">
        {t('campaigns.work.lastContacts')}
      </Title>
      <ErrorAlert error={error} />
      {loading && !data ? (
        <Skeleton h={60} />
      ) : contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('campaigns.work.noContacts')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {contacts.map((a) => (
            <Stack key={a.id} gap={2} component="li">
              <Group gap={6} wrap="wrap">
                <Badge size="xs" variant="dot" color={a.type.color ?? 'gray'}>
                  {a.type.label}
                </Badge>
                <Text size="sm" fw={500}>
                  {a.subject}
                </Text>
                {a.result && (
                  <Badge size="xs" variant="dot" color={a.result.color ?? 'gray'}>
                    {a.result.label}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {[formatDateTime(a.startsAt ?? a.closedAt), a.owner.name, a.contactPerson?.fullName]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {a.note && (
                <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
                  {a.note}
                </Text>
              )}
            </Stack>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
