// Says that a list shows a filter from a link (with a way back to the whole list), or that a link's filter was
// ignored. Each list names its own texts (the client list: clientFilterLink.*, lists opened from reports: reportLinks.*).
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type LinkFilterTexts = { applied: string; clear: string; invalid: string; dismiss: string };

const CLIENT_TEXTS: LinkFilterTexts = {
  applied: 'clientFilterLink.applied',
  clear: 'clientFilterLink.showAll',
  invalid: 'clientFilterLink.invalid',
  dismiss: 'clientFilterLink.dismiss',
};

/** Lists opened from a report cell (activities, opportunities). */
export const REPORT_LINK_TEXTS: LinkFilterTexts = {
  applied: 'reportLinks.applied',
  clear: 'reportLinks.clear',
  invalid: 'reportLinks.invalid',
  dismiss: 'reportLinks.dismiss',
};

export function LinkFilterNotice({
  applied,
  invalid,
  onClear,
  texts = CLIENT_TEXTS,
}: {
  applied: boolean;
  invalid: boolean;
  onClear: () => void;
  /** i18n keys. */
  texts?: LinkFilterTexts;
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
        closeButtonLabel={t(texts.dismiss)}
      >
        {t(texts.invalid)}
      </Alert>
    );
  if (!applied) return null;
  return (
    <Alert color="blue" variant="light">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t(texts.applied)}</Text>
        <Button size="xs" variant="default" onClick={onClear}>
          {t(texts.clear)}
        </Button>
      </Group>
    </Alert>
  );
}
