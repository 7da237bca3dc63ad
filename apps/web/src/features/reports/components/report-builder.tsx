// The report builder: pick a ready-made or saved template, adjust subject, period, groupings, measures and chart,
// see the table with totals and the chart, save it as a template and export it (XLSX, CSV, PDF).
import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Select, Stack, Title } from '@mantine/core';
import { READY_REPORTS, ReportDefinitionInput, type ReportChart, type ReportDefinition } from '@veza/shared';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { notifyError } from '../../../lib/notify.ts';
import { exportReport, type ReportExportFormat } from '../api/export-report.ts';
import { RunReportQuery } from '../api/run-report-query.ts';
import { SavedReportsQuery } from '../api/saved-reports-query.ts';
import { useReportLabels } from '../hooks/use-report-labels.ts';
import { definitionOf, stateFromDefinition, withDefaultPeriod, type BuilderState } from '../lib/report-builder.ts';
import { ReportBuilderControls } from './report-builder-controls.tsx';
import { ReportFilterPanel } from './report-filter-panel.tsx';
import { ReportResultView } from './report-result-view.tsx';
import { SaveReportModal } from './save-report-modal.tsx';

const first = READY_REPORTS[0]!;

function useTemplates() {
  const { t } = useReportLabels();
  const saved = useQuery(SavedReportsQuery);
  const templates = saved.data?.savedReports ?? [];
  const options = templates.map((r) => ({
    value: r.id,
    label: r.readyKey ? t(`reportBuilder.ready.${r.readyKey}`) : r.name,
  }));
  return { templates, options, error: saved.error };
}

function ExportButtons({
  definition,
  title,
  headers,
}: {
  definition: ReportDefinition;
  title: string;
  headers: string[];
}) {
  const { t } = useReportLabels();
  const [busy, setBusy] = useState<ReportExportFormat | null>(null);
  const run = async (format: ReportExportFormat) => {
    setBusy(format);
    try {
      await exportReport({ format, definition, title, headers, totalLabel: t('reportBuilder.total') });
    } catch {
      notifyError(t('reportBuilder.exportFailed'));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap="xs">
      {(['xlsx', 'csv', 'pdf'] as const).map((f) => (
        <Button key={f} variant="default" size="xs" loading={busy === f} onClick={() => void run(f)}>
          {t(`reportBuilder.export.${f}`)}
        </Button>
      ))}
    </Group>
  );
}

export function ReportBuilder() {
  const { t, headers } = useReportLabels();
  const { templates, options, error } = useTemplates();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [state, setState] = useState<BuilderState>(() =>
    withDefaultPeriod(stateFromDefinition(first.definition, first.chart)),
  );
  const [saving, setSaving] = useState(false);
  const definition = useMemo(() => definitionOf(state), [state]);
  const valid = ReportDefinitionInput.safeParse(definition).success;
  const result = useQuery(RunReportQuery, { variables: { definition }, skip: !valid });
  const choose = (id: string | null) => {
    const template = templates.find((r) => r.id === id);
    setTemplateId(id);
    if (!template) return;
    const next = stateFromDefinition(ReportDefinitionInput.parse(template.definition), template.chart as ReportChart);
    setState(template.readyKey ? withDefaultPeriod(next) : next);
  };
  const title = options.find((o) => o.value === templateId)?.label ?? t('reportBuilder.title');
  const report = result.data?.runReport;
  return (
    <Card padding="md" withBorder>
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h4">
            {t('reportBuilder.title')}
          </Title>
          <Select
            label={t('reportBuilder.template')}
            placeholder={t('reportBuilder.templatePlaceholder')}
            data={options}
            value={templateId}
            onChange={choose}
            searchable
            w={{ base: '100%', sm: 320 }}
          />
        </Group>
        <ReportBuilderControls state={state} onChange={setState} />
        <ReportFilterPanel
          client={state.client}
          agentIds={state.agentIds}
          onClientChange={(client) => setState((s) => ({ ...s, client }))}
          onAgentsChange={(agentIds) => setState((s) => ({ ...s, agentIds }))}
          error={result.error}
        />
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="light" onClick={() => setSaving(true)} disabled={!valid}>
            {t('reportBuilder.saveAs')}
          </Button>
          {report && <ExportButtons definition={definition} title={title} headers={headers(report.columns)} />}
        </Group>
        <ErrorAlert error={error ?? result.error} />
        {report && <ReportResultView result={report} chart={state.chart} />}
      </Stack>
      <SaveReportModal opened={saving} onClose={() => setSaving(false)} definition={definition} chart={state.chart} />
    </Card>
  );
}
