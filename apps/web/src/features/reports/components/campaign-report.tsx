// One campaign's report: choose the campaign, then its progress, contacts, talk time and results by outcome.
import { skipToken, useQuery } from '@apollo/client/react';
import { Card, Group, Loader, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { CampaignReportQuery } from '../api/campaign-report-query.ts';
import { formatMinutes } from '../lib/report-data.ts';
import { OutcomeDonut } from './outcome-donut.tsx';

interface Props {
  campaignId: string | null;
  options: { value: string; label: string }[];
  onChange: (id: string | null) => void;
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card padding="sm" withBorder>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  );
}

function CampaignNumbers({ campaignId }: { campaignId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(
    CampaignReportQuery,
    campaignId ? { variables: { campaignId } } : skipToken,
  );
  const number = new Intl.NumberFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  if (loading && !data) return <Loader size="sm" />;
  const report = data?.campaignReport;
  if (!report) return <ErrorAlert error={error} message={error ? undefined : t('campaigns.notFound')} />;
  const p = report.progress;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Stat
          label={t('reports.done')}
          value={`${number.format(p.done)} / ${number.format(p.total)}`}
          hint={percent.format(p.total ? p.done / p.total : 0)}
        />
        <Stat label={t('reports.skipped')} value={number.format(p.skipped)} />
        <Stat label={t('reports.contacts')} value={number.format(report.contacts)} />
        <Stat label={t('reports.talkTime')} value={formatMinutes(report.talkMinutes, i18n.language)} />
      </SimpleGrid>
      <Card padding="md">
        <Title order={3} size="h5" mb="sm">
          {t('reports.resultsByOutcome')}
        </Title>
        <OutcomeDonut
          outcomes={report.outcomes}
          label={t('reports.campaignOutcomes', { name: report.campaign.name })}
        />
      </Card>
    </Stack>
  );
}

export function CampaignReport({ campaignId, options, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" component="section" aria-labelledby="report-by-campaign">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={2} size="h3" id="report-by-campaign">
          {t('reports.byCampaign')}
        </Title>
        <Select
          label={t('reports.campaign')}
          placeholder={t('reports.chooseCampaign')}
          data={options}
          value={campaignId}
          onChange={onChange}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          w={380}
        />
      </Group>
      {campaignId ? (
        <CampaignNumbers campaignId={campaignId} />
      ) : (
        <Card padding="lg">
          <Text c="dimmed">{t('reports.chooseCampaignHint')}</Text>
        </Card>
      )}
    </Stack>
  );
}
