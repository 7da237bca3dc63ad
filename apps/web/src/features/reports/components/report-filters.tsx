// The reports' filters: period (from / to days) and one generation of campaigns.
import { Card, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { useReportFilter } from '../hooks/use-report-filter.ts';
import { DateInput } from '../../../components/date-input.tsx';

interface Props {
  filter: ReturnType<typeof useReportFilter>;
  generations: { value: string; label: string }[];
}

export function ReportFilters({ filter, generations }: Props) {
  const { t } = useTranslation();
  return (
    <Card padding="md">
      <Group gap="md" align="flex-start" wrap="wrap">
        <DateInput
          label={t('reports.from')}
          value={filter.from ?? ''}
          onChange={(event) => filter.setFrom(event.currentTarget.value || null)}
          w={170}
        />
        <DateInput
          label={t('reports.to')}
          value={filter.to ?? ''}
          onChange={(event) => filter.setTo(event.currentTarget.value || null)}
          error={filter.periodInvalid ? t('validation.campaign.period') : undefined}
          w={170}
        />
        <Select
          label={t('reports.generation')}
          placeholder={t('reports.allGenerations')}
          data={generations}
          value={filter.generationId}
          onChange={filter.setGeneration}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          w={340}
        />
      </Group>
    </Card>
  );
}
