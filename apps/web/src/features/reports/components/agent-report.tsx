// Per-agent report: a stacked bar per agent (done, skipped, open), results by outcome and a table with totals.
import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Card, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { CampaignAgentReportQuery } from '../api/campaign-agent-report-query.ts';
import type { useReportFilter } from '../hooks/use-report-filter.ts';
import { agentChartRows, formatMinutes, mergeOutcomes, totals } from '../lib/report-data.ts';
import { OutcomeDonut } from './outcome-donut.tsx';
import { ReportTableScroll } from './report-table-scroll.tsx';

type Filter = ReturnType<typeof useReportFilter>['agentFilter'];

function AgentTable({ rows }: { rows: NonNullable<ReturnType<typeof useAgentReport>['rows']> }) {
  const { t, i18n } = useTranslation();
  const n = new Intl.NumberFormat(i18n.language).format;
  const sum = totals(rows);
  const cells = (r: {
    campaigns: number;
    total: number;
    done: number;
    skipped: number;
    open: number;
    contacts: number;
    talkMinutes: number;
  }) => (
    <>
      <Table.Td ta="right">{n(r.campaigns)}</Table.Td>
      <Table.Td ta="right">{n(r.total)}</Table.Td>
      <Table.Td ta="right">{n(r.done)}</Table.Td>
      <Table.Td ta="right">{n(r.skipped)}</Table.Td>
      <Table.Td ta="right">{n(r.open)}</Table.Td>
      <Table.Td ta="right">{n(r.contacts)}</Table.Td>
      <Table.Td ta="right">{formatMinutes(r.talkMinutes, i18n.language)}</Table.Td>
    </>
  );
  return (
    <ReportTableScroll label={t('reports.byAgentTable')} minWidth={720}>
      <Table verticalSpacing="xs" fz="sm" aria-label={t('reports.byAgentTable')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reports.agent')}</Table.Th>
            <Table.Th ta="right">{t('reports.campaigns')}</Table.Th>
            <Table.Th ta="right">{t('reports.items')}</Table.Th>
            <Table.Th ta="right">{t('reports.done')}</Table.Th>
            <Table.Th ta="right">{t('reports.skipped')}</Table.Th>
            <Table.Th ta="right">{t('reports.open')}</Table.Th>
            <Table.Th ta="right">{t('reports.contacts')}</Table.Th>
            <Table.Th ta="right">{t('reports.talkTime')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.agent.id}>
              <Table.Td>{r.agent.name}</Table.Td>
              {cells({
                campaigns: r.campaigns,
                total: r.progress.total,
                done: r.progress.done,
                skipped: r.progress.skipped,
                open: r.progress.pending + r.progress.inProgress,
                contacts: r.contacts,
                talkMinutes: r.talkMinutes,
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {rows.length > 1 && (
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Td>{t('reports.total')}</Table.Td>
              {cells(sum)}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </ReportTableScroll>
  );
}

function useAgentReport(filter: Filter) {
  const { data, loading, error } = useQuery(CampaignAgentReportQuery, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  return { rows: data?.campaignAgentReport ?? null, loading: loading && !data, error };
}

export function AgentReport({ filter }: { filter: Filter }) {
  const { t, i18n } = useTranslation();
  const report = useAgentReport(filter);
  const rows = report.rows ?? [];
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Stack gap="md" component="section" aria-labelledby="report-by-agent">
      <Title order={2} size="h3" id="report-by-agent">
        {t('reports.byAgent')}
      </Title>
      <ErrorAlert error={report.error} />
      {report.loading ? (
        <Loader size="sm" />
      ) : rows.length === 0 ? (
        <Card padding="lg">
          <Text c="dimmed">{t('reports.noData')}</Text>
        </Card>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <Card padding="md">
              <Title order={3} size="h5" mb="sm">
                {t('reports.itemsByAgent')}
              </Title>
              <BarChart
                h={Math.max(180, rows.length * 44 + 60)}
                data={agentChartRows(rows)}
                dataKey="agent"
                type="stacked"
                orientation="vertical"
                withLegend
                legendProps={{ itemSorter: null }}
                valueFormatter={(v) => number.format(v)}
                yAxisProps={{ width: 120 }}
                series={[
                  { name: 'done', label: t('reports.done'), color: 'teal.6' },
                  { name: 'skipped', label: t('reports.skipped'), color: 'orange.4' },
                  { name: 'open', label: t('reports.open'), color: 'gray.4' },
                ]}
                role="figure"
                aria-label={t('reports.itemsByAgent')}
              />
            </Card>
            <Card padding="md">
              <Title order={3} size="h5" mb="sm">
                {t('reports.resultsByOutcome')}
              </Title>
              <OutcomeDonut outcomes={mergeOutcomes(rows)} label={t('reports.resultsByOutcome')} />
            </Card>
          </SimpleGrid>
          <Card padding="md">
            <AgentTable rows={rows} />
          </Card>
        </>
      )}
    </Stack>
  );
}
