// A campaign's (or an agent's) progress: one stacked bar by item state, the finished share and a legend.
import { ColorSwatch, getThemeColor, Group, Progress, Stack, Text, Tooltip, useMantineTheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../lib/format.ts';
import { finishedPercent, progressSegments, totalOf, type ItemState, type ProgressCounts } from '../lib/progress.ts';

export const STATE_COLORS: Record<ItemState, string> = {
  DONE: 'teal.6',
  SKIPPED: 'orange.4',
  IN_PROGRESS: 'blue.5',
  PENDING: 'gray.3',
};

interface Props {
  progress: ProgressCounts;
  /** Names what the bar is about for screen readers ("Progress of Zagreb Q3 – Ana"). */
  label: string;
  size?: 'sm' | 'md' | 'lg';
  withLegend?: boolean;
}

export function CampaignProgress({ progress, label, size = 'md', withLegend = false }: Props) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const total = totalOf(progress);
  const finished = progress.done + progress.skipped;
  const percent = finishedPercent(progress);
  // Pending is the bar's empty background, so only worked states get a section.
  const segments = progressSegments(progress).filter((s) => s.state !== 'PENDING' && s.count > 0);
  return (
    <Stack gap={4} data-testid="campaign-progress" data-finished={finished} data-total={total}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {t('campaigns.progress.finished', { finished: number.format(finished), total: number.format(total) })}
        </Text>
        <Text size="xs" fw={600}>
          {formatPercent(percent, i18n.language)}
        </Text>
      </Group>
      <Progress.Root
        size={size}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('campaigns.progress.finished', { finished, total })}
      >
        {segments.map((s) => (
          <Tooltip key={s.state} label={`${t(`campaigns.itemState.${s.state}`)}: ${number.format(s.count)}`}>
            <Progress.Section value={(s.count * 100) / total} color={STATE_COLORS[s.state]} withAria={false} />
          </Tooltip>
        ))}
      </Progress.Root>
      {withLegend && <ProgressLegend progress={progress} />}
    </Stack>
  );
}

export function ProgressLegend({ progress }: { progress: ProgressCounts }) {
  const { t, i18n } = useTranslation();
  const theme = useMantineTheme();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Group gap="md" wrap="wrap">
      {progressSegments(progress).map((s) => (
        <Group key={s.state} gap={6} wrap="nowrap">
          <ColorSwatch
            color={getThemeColor(STATE_COLORS[s.state], theme)}
            size={10}
            radius={2}
            withShadow={false}
            aria-hidden
          />
          <Text size="xs">
            {t(`campaigns.itemState.${s.state}`)}: <b>{number.format(s.count)}</b>
            {s.count > 0 && (
              <Text span size="xs" c="dimmed">
                {' '}
                ({formatPercent(s.percent, i18n.language)})
              </Text>
            )}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
