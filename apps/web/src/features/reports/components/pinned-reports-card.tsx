// The home page's pinned reports (plugged in by the app): one compact line per pinned saved report with its first
// measure's total, computed by runReport over what the viewer may see. Nothing shows when none is pinned.
import { skipToken, useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { ReportDefinitionInput } from '@veza/shared';
import { Link } from 'react-router';
import { RunReportQuery } from '../api/run-report-query.ts';
import { SavedReportsQuery } from '../api/saved-reports-query.ts';
import { useReportLabels } from '../hooks/use-report-labels.ts';
import { useFormatValue } from './report-result-view.tsx';

type Saved = { id: string; name: string; readyKey?: string | null; definition: unknown };

function PinnedTotal({ report }: { report: Saved }) {
  const { t, headers } = useReportLabels();
  const format = useFormatValue();
  const parsed = ReportDefinitionInput.safeParse(report.definition);
  const result = useQuery(RunReportQuery, parsed.success ? { variables: { definition: parsed.data } } : skipToken);
  const run = result.data?.runReport;
  const measure = run?.columns.find((c) => c.kind === 'MEASURE');
  const name = report.readyKey ? t(`reportBuilder.ready.${report.readyKey}`) : report.name;
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Anchor component={Link} to="/reports" size="sm" truncate>
        {name}
      </Anchor>
      {result.loading ? (
        <Loader size="xs" role="status" aria-label={t('reportBuilder.pinnedLoading')} />
      ) : run && measure ? (
        <Text size="sm" fw={600} title={headers([measure])[0]} aria-label={`${name}: ${t('reportBuilder.total')}`}>
          {format(run.totals[0], measure.fn)}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('reportBuilder.pinnedUnavailable')}
        </Text>
      )}
    </Group>
  );
}

export default function PinnedReportsCard() {
  const { t } = useReportLabels();
  const { data } = useQuery(SavedReportsQuery);
  const pinned = (data?.savedReports ?? []).filter((r) => r.pinned);
  if (!pinned.length) return null;
  return (
    <Card>
      <Title order={2} size="h4" mb="sm">
        {t('reportBuilder.pinnedTitle')}
      </Title>
      <Stack gap={6}>
        {pinned.map((r) => (
          <PinnedTotal key={r.id} report={r} />
        ))}
      </Stack>
    </Card>
  );
}
