// Reports (/reports): the report builder with the ready-made and saved templates, then campaign results per agent and
// per campaign, for a period and a generation.
import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useFormatDateTime } from '../../../lib/format.ts';
import { useCan } from '../../../lib/session.tsx';
import { ReportCampaignOptionsQuery } from '../api/report-campaign-options-query.ts';
import { useReportFilter } from '../hooks/use-report-filter.ts';
import { generationOptions } from '../lib/report-data.ts';
import { AgentReport } from './agent-report.tsx';
import { CampaignReport } from './campaign-report.tsx';
import { ReportBuilder } from './report-builder.tsx';
import { ReportFilters } from './report-filters.tsx';

function useReportChoices(generationId: string | null) {
  const formatDateTime = useFormatDateTime();
  const all = useQuery(ReportCampaignOptionsQuery, { variables: { generationId: null } });
  const inGeneration = useQuery(ReportCampaignOptionsQuery, { variables: { generationId } });
  const generations = useMemo(
    () => generationOptions(all.data?.campaigns.edges.map((e) => e.node) ?? [], formatDateTime),
    [all.data, formatDateTime],
  );
  const campaigns = (inGeneration.data?.campaigns.edges ?? []).map((e) => ({
    value: e.node.id,
    label: e.node.name,
  }));
  return { generations, campaigns, error: all.error ?? inGeneration.error };
}

export default function ReportsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const filter = useReportFilter();
  const choices = useReportChoices(filter.generationId);
  return (
    <>
      <PageHeader
        title={t('reports.title')}
        description={can('reports.read') ? t('reports.description') : t('reports.descriptionOwn')}
      />
      <Stack gap="xl">
        <ReportBuilder />
        <ReportFilters filter={filter} generations={choices.generations} />
        <ErrorAlert error={choices.error} />
        <AgentReport filter={filter.agentFilter} />
        <CampaignReport campaignId={filter.campaignId} options={choices.campaigns} onChange={filter.setCampaign} />
      </Stack>
    </>
  );
}
