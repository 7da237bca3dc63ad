// The delivery progress bar with its counts (queued, in flight, sent, failed, suppressed).
import { Card, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Counts = { total: number; queued: number; sending: number; sent: number; failed: number; suppressed: number };

export function CampaignProgress({ progress: p }: { progress: Counts }) {
  const { t } = useTranslation();
  const pct = (n: number) => (100 * n) / Math.max(p.total, 1);
  return (
    <Card withBorder>
      <Progress.Root size="xl" aria-label={t('mailings.progress.label')}>
        <Progress.Section value={pct(p.sent)} color="green" />
        <Progress.Section value={pct(p.failed)} color="red" />
        <Progress.Section value={pct(p.suppressed)} color="gray" />
        <Progress.Section value={pct(p.sending)} color="blue" />
      </Progress.Root>
      <Group gap="lg" mt="xs" wrap="wrap">
        {(['queued', 'sending', 'sent', 'failed', 'suppressed'] as const).map((k) => (
          <Text key={k} size="sm">
            {t(`mailings.progress.${k}`)}: <b>{p[k]}</b>
          </Text>
        ))}
        <Text size="sm" c="dimmed">
          {t('mailings.progress.total', { count: p.total })}
        </Text>
      </Group>
    </Card>
  );
}
