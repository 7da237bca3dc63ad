// Shown when the client in the URL does not exist (or the id is malformed).
import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundCard() {
  const { t } = useTranslation();
  return (
    <Card>
      <Stack gap="xs">
        <Title order={1} size="h3">
          {t('client.notFoundTitle')}
        </Title>
        <Text c="dimmed">{t('errors.NOT_FOUND')}</Text>
        <Anchor component={Link} to="/clients">
          {t('client.backToList')}
        </Anchor>
      </Stack>
    </Card>
  );
}
