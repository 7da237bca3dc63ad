// The manager's campaigns (/campaigns): per-agent progress, filters (status, agent, generation, text) and the list.
import { Button, Card, CloseButton, Group, Loader, MultiSelect, Stack, TextInput, Badge } from '@mantine/core';
import { CAMPAIGN_STATUSES } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCampaignList } from '../hooks/use-campaign-list.ts';
import { useCampaignListFilter } from '../hooks/use-campaign-list-filter.ts';
import { AgentProgressSummary } from './agent-progress-summary.tsx';
import { AgentSelect } from './agent-select.tsx';
import { CampaignsTable } from './campaigns-table.tsx';

function ListFilters({ state }: { state: ReturnType<typeof useCampaignListFilter> }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label={t('campaigns.list.search')}
        type="search"
        value={state.text}
        onChange={(event) => state.setText(event.currentTarget.value)}
        w={240}
      />
      <MultiSelect
        label={t('campaigns.fields.status')}
        data={CAMPAIGN_STATUSES.map((s) => ({ value: s, label: t(`campaigns.status.${s}`) }))}
        value={state.statuses}
        onChange={state.setStatuses}
        placeholder={state.statuses.length ? undefined : t('campaigns.list.allStatuses')}
        clearable
        w={300}
      />
      <AgentSelect label={t('campaigns.fields.agent')} value={state.agentId} onChange={state.setAgentId} clearable />
      {state.generationId && (
        <Badge
          size="lg"
          variant="light"
          tt="none"
          mb={6}
          rightSection={
            <CloseButton size="xs" aria-label={t('campaigns.list.clearGeneration')} onClick={state.clearGeneration} />
          }
        >
          {t('campaigns.list.oneGeneration')}
        </Badge>
      )}
    </Group>
  );
}

export default function CampaignsPage() {
  const { t } = useTranslation();
  const state = useCampaignListFilter();
  const list = useCampaignList(state.filter);
  return (
    <>
      <PageHeader
        title={t('campaigns.list.title')}
        description={t('campaigns.list.description')}
        actions={
          <Button component={Link} to="/campaigns/new">
            {t('campaigns.list.new')}
          </Button>
        }
      />
      <Stack gap="lg">
        <AgentProgressSummary filter={state.filter} />
        <Card padding="md">
          <Stack gap="md">
            <ListFilters state={state} />
            <ErrorAlert error={list.error} />
            {list.loading ? (
              <Group justify="center" py="xl">
                <Loader size="sm" />
              </Group>
            ) : (
              <CampaignsTable
                campaigns={list.campaigns}
                totalCount={list.totalCount}
                hasMore={list.hasMore}
                loadingMore={list.loadingMore}
                onLoadMore={list.loadMore}
                emptyText={state.filter ? t('campaigns.list.noMatches') : t('campaigns.list.empty')}
              />
            )}
          </Stack>
        </Card>
      </Stack>
    </>
  );
}
