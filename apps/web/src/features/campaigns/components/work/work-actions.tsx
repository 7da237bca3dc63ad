// The agent's buttons for the current client: log the call, close a call left open, or skip with a reason.
import { Button, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkItem } from '../../hooks/use-campaign-work.ts';
import { openCall } from '../../lib/work-item.ts';

interface Props {
  item: WorkItem;
  canLog: boolean;
  onLogCall: () => void;
  onCloseCall: (activityId: string) => void;
  onSkip: () => void;
}

export function WorkActions({ item, canLog, onLogCall, onCloseCall, onSkip }: Props) {
  const { t } = useTranslation();
  const open = openCall(item.activities);
  return (
    <Card padding="md">
      <Stack gap="sm">
        {open ? (
          <>
            <Text size="sm">{t('campaigns.work.openCall', { subject: open.subject })}</Text>
            <Button size="md" color="teal" onClick={() => onCloseCall(open.id)}>
              {t('campaigns.work.closeCall')}
            </Button>
          </>
        ) : (
          <Button size="md" onClick={onLogCall} disabled={!canLog}>
            {t('campaigns.work.logCall')}
          </Button>
        )}
        <Button variant="light" color="orange" onClick={onSkip}>
          {t('campaigns.work.skip')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('campaigns.work.logHint')}
        </Text>
      </Stack>
    </Card>
  );
}
