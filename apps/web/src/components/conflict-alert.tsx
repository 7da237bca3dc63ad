// "Someone else changed this record" with a Reload button, for stale-version saves.
import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" role="alert" title={t('errors.conflictTitle')}>
      <Stack gap="xs" align="flex-start">
        {t('errors.CONFLICT')}
        <Button size="xs" variant="white" color="orange" onClick={onReload}>
          {t('common.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
