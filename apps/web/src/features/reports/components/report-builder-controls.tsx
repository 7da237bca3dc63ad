// The builder's inputs: subject, date field and period, statuses, up to two groupings, measures and chart type.
import { Group, MultiSelect, Select, SimpleGrid } from '@mantine/core';
import {
  MAX_REPORT_GROUPS,
  REPORT_CATALOG,
  REPORT_CHARTS,
  REPORT_SUBJECTS,
  type ReportChart,
  type ReportDimension,
  type ReportSubject,
} from '@veza/shared';
import { useReportLabels } from '../hooks/use-report-labels.ts';
import { measureOptions, withSubject, type BuilderState } from '../lib/report-builder.ts';
import { DateInput } from '../../../components/date-input.tsx';
import './report-table.css';

type Props = { state: BuilderState; onChange: (state: BuilderState) => void };

export function ReportBuilderControls({ state, onChange }: Props) {
  const { t, measure, dimension } = useReportLabels();
  const catalog = REPORT_CATALOG[state.subject];
  const set = (patch: Partial<BuilderState>) => onChange({ ...state, ...patch });
  const dimensions = catalog.dimensions
    .filter((d) => d !== 'ATTRIBUTE')
    .map((d) => ({ value: d, label: dimension(d) }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
      <Select
        label={t('reportBuilder.subject')}
        data={REPORT_SUBJECTS.map((s) => ({ value: s, label: t(`reportBuilder.subjects.${s}`) }))}
        value={state.subject}
        allowDeselect={false}
        onChange={(v) => v && onChange(withSubject(state, v as ReportSubject))}
      />
      <Select
        label={t('reportBuilder.dateField')}
        data={catalog.dateFields.map((f) => ({ value: f, label: t(`reportBuilder.dateFields.${f}`) }))}
        value={state.dateField}
        allowDeselect={false}
        onChange={(v) => v && set({ dateField: v })}
      />
      {/* A day and its clear button need ~140 px: in a narrow column the two fields stack instead of cutting the day. */}
      <Group grow gap="xs">
        <DateInput
          label={t('reportBuilder.from')}
          value={state.from}
          onChange={(e) => set({ from: e.currentTarget.value })}
          miw={140}
        />
        <DateInput
          label={t('reportBuilder.to')}
          value={state.to}
          onChange={(e) => set({ to: e.currentTarget.value })}
          miw={140}
        />
      </Group>
      <MultiSelect
        label={t('reportBuilder.statuses')}
        data={catalog.statuses.map((s) => ({ value: s, label: t(`reportBuilder.statusValues.${s}`) }))}
        value={state.statuses}
        disabled={!catalog.statuses.length}
        onChange={(statuses) => set({ statuses })}
      />
      <MultiSelect
        label={t('reportBuilder.groupBy')}
        description={t('reportBuilder.groupByHint')}
        data={dimensions}
        value={state.groupBy}
        maxValues={MAX_REPORT_GROUPS}
        onChange={(groupBy) => set({ groupBy: groupBy as ReportDimension[] })}
      />
      {/* Two columns wide on a large screen: a measure's name ("Součet · pracovní doba (min)") is not cut. */}
      <MultiSelect
        className="veza-report-measures"
        label={t('reportBuilder.measures')}
        data={measureOptions(state.subject).map((m) => ({ value: m, label: measure(m) }))}
        value={state.measures}
        maxValues={8}
        searchable
        onChange={(measures) => set({ measures: measures.length ? measures : ['COUNT'] })}
      />
      <Select
        label={t('reportBuilder.chart')}
        data={REPORT_CHARTS.map((c) => ({ value: c, label: t(`reportBuilder.charts.${c}`) }))}
        value={state.chart}
        allowDeselect={false}
        onChange={(v) => v && set({ chart: v as ReportChart })}
      />
    </SimpleGrid>
  );
}
