// Shown for any path the app does not know.
import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="center" py={64} gap="sm" ta="center">
      <Text fz={48} fw={700} c="dimmed" aria-hidden="true">
        404
      </Text>
      <Title order={1} size="h2">
        {t('notFound.title')}
      </Title>
      <Text c="dimmed" maw={480}>
        {t('notFound.body')}
      </Text>
      <Button component={Link} to="/" variant="light" mt="md">
        {t('common.backHome')}
      </Button>
    </Stack>
  );
}
