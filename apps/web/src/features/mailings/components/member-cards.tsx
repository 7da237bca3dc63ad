// A group's members on a phone: one card each (name, address, client) instead of a table scrolling sideways.
import { Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Member = {
  personId: string;
  firstName: string;
  lastName: string;
  email?: string | null;
  clientName?: string | null;
  marketingConsent: boolean;
};

export function MemberCards({ rows }: { rows: readonly Member[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="group-members-title">
      {rows.map((m) => (
        <Card key={m.personId} withBorder padding="sm" component="li">
          <Text fw={600}>
            {m.firstName} {m.lastName}
          </Text>
          {m.email && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {m.email}
            </Text>
          )}
          {m.clientName && (
            <Text size="sm" c="dimmed">
              {m.clientName}
            </Text>
          )}
          {!m.marketingConsent && (
            <Text c="red" size="xs">
              {t('mailings.groups.consentWithdrawn')}
            </Text>
          )}
        </Card>
      ))}
    </Stack>
  );
}
