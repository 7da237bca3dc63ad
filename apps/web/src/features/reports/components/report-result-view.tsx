// The report's table (details, subtotals in bold, totals) and its chart (bar, stacked bar, line or pie).
import { BarChart, LineChart, PieChart } from '@mantine/charts';
import { Alert, Anchor, Card, Table, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { ReportChart } from '@veza/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReportLabels } from '../hooks/use-report-labels.ts';
import { chartData } from '../lib/report-builder.ts';
import { drillHref, rowDrill } from '../lib/report-links.ts';
import { chartHeight, withPeriodLabels, type ReportResult } from '../lib/report-result.ts';
import { ReportTableScroll } from './report-table-scroll.tsx';

const COLORS = [
  'blue.6',
  'teal.6',
  'orange.5',
  'grape.6',
  'red.6',
  'cyan.6',
  'lime.6',
  'pink.6',
  'indigo.6',
  'yellow.6',
];

export function useFormatValue() {
  const { i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  return (value: number | null | undefined, fn: string | null | undefined) =>
    value == null ? '' : fn === 'RATE' ? percent.format(value) : number.format(value);
}

function ResultChart({ result, chart, width }: { result: ReportResult; chart: ReportChart; width: number }) {
  const { t, headers } = useReportLabels();
  const groups = result.columns.filter((c) => c.kind === 'GROUP').length;
  if (chart === 'TABLE' || groups === 0) return null;
  const names = headers(result.columns);
  const { data, series } = chartData(result.rows, result.columns, t('reportBuilder.none'));
  const label = t('reportBuilder.chartLabel');
  const seriesProps = series.map((name, i) => ({
    name,
    label: groups < 2 ? names[groups + Number(name.slice(1))] : name,
    color: COLORS[i % COLORS.length]!,
  }));
  // The legend sits inside the chart's box: the box grows with the rows it wraps to, so the plot keeps its height.
  const h = chartHeight(
    seriesProps.map((s) => s.label ?? s.name),
    width,
  );
  if (chart === 'PIE')
    return (
      <PieChart
        data={data.map((d, i) => ({ name: String(d.name), value: Number(d[series[0]!] ?? 0), color: COLORS[i % 10]! }))}
        withTooltip
        size={220}
        role="figure"
        aria-label={label}
      />
    );
  if (chart === 'LINE')
    return (
      <LineChart h={h} data={data} dataKey="name" series={seriesProps} withLegend role="figure" aria-label={label} />
    );
  return (
    <BarChart
      h={h}
      data={data}
      dataKey="name"
      type={chart === 'STACKED_BAR' ? 'stacked' : 'default'}
      series={seriesProps}
      withLegend
      role="figure"
      aria-label={label}
    />
  );
}

/** The chart's card, measured: the chart's height follows how its legend wraps at this width. */
function ChartCard({ result, chart }: { result: ReportResult; chart: ReportChart }) {
  const { ref, width } = useElementSize();
  return (
    <Card ref={ref} padding="md">
      <ResultChart result={result} chart={chart} width={width} />
    </Card>
  );
}

/** A cell links to the list of exactly the records behind it (the API's target, lib/report-links.ts) when one can show them. */
function GroupCell({ text, href, hint }: { text: string; href: string | null; hint: string }) {
  if (!href || !text) return <>{text}</>;
  return (
    <Anchor component={Link} to={href} size="sm" title={hint}>
      {text}
    </Anchor>
  );
}

type Props = {
  result: ReportResult;
  chart: ReportChart;
};

export function ReportResultView({ result: raw, chart }: Props) {
  const { t, headers } = useReportLabels();
  const { i18n } = useTranslation();
  const result = useMemo(() => withPeriodLabels(raw, i18n.language), [raw, i18n.language]);
  const format = useFormatValue();
  const columns = result.columns;
  const groups = columns.filter((c) => c.kind === 'GROUP').length;
  const measures = columns.filter((c) => c.kind === 'MEASURE');
  return (
    <>
      {result.truncated && <Alert color="yellow">{t('reportBuilder.truncated')}</Alert>}
      <ChartCard result={result} chart={chart} />
      {/* On a phone the table scrolls sideways in its own box (first column sticky) rather than squeezing the headers. */}
      <ReportTableScroll label={t('reportBuilder.tableLabel')} minWidth={Math.max(320, columns.length * 110)}>
        <Table striped aria-label={t('reportBuilder.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              {headers(columns).map((h, i) => (
                <Table.Th key={columns[i]!.key} ta={i >= groups ? 'right' : undefined}>
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.rows.map((row, r) => (
              <Table.Tr key={r} fw={row.level === 'SUBTOTAL' ? 700 : undefined}>
                {row.groups.map((g, i) => {
                  const subtotal = row.level === 'SUBTOTAL' && i > 0;
                  return (
                    <Table.Td key={i}>
                      <GroupCell
                        text={subtotal ? t('reportBuilder.subtotal') : (g.label ?? g.key ?? t('reportBuilder.none'))}
                        href={subtotal ? null : drillHref(rowDrill(result.rows, row, i + 1))}
                        hint={t('reportBuilder.recordsBehind')}
                      />
                    </Table.Td>
                  );
                })}
                {row.values.map((v, i) => (
                  <Table.Td key={i} ta="right">
                    <GroupCell
                      text={format(v, measures[i]?.fn)}
                      href={drillHref(row.drill)}
                      hint={t('reportBuilder.recordsBehind')}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              {Array.from({ length: groups }, (_, i) => (
                <Table.Td key={i}>{i === 0 ? t('reportBuilder.total') : ''}</Table.Td>
              ))}
              {result.totals.map((v, i) => (
                <Table.Td key={i} ta="right">
                  <GroupCell
                    text={format(v, measures[i]?.fn)}
                    href={drillHref(result.totalDrill)}
                    hint={t('reportBuilder.recordsBehind')}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </ReportTableScroll>
      {result.rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('reportBuilder.empty')}
        </Text>
      )}
    </>
  );
}
