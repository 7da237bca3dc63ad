// Says that the list shows a filter from a link (with a way back to all clients), or that a link's filter was ignored.
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LinkFilterNotice({
  applied,
  invalid,
  onClear,
}: {
  applied: boolean;
  invalid: boolean;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  if (invalid)
    return (
      <Alert
        color="yellow"
        variant="light"
        role="alert"
        withCloseButton
        onClose={onClear}
        closeButtonLabel={t('clientFilterLink.dismiss')}
      >
        {t('clientFilterLink.invalid')}
      </Alert>
    );
  if (!applied) return null;
  return (
    <Alert color="blue" variant="light">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('clientFilterLink.applied')}</Text>
        <Button size="xs" variant="default" onClick={onClear}>
          {t('clientFilterLink.showAll')}
        </Button>
      </Group>
    </Alert>
  );
}
