// The agent's campaigns (/my-campaigns): active ones first with progress and "Work", then finished ones.
import { Anchor, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import { PageHeader } from '../../../../components/page-header.tsx';
import { useCampaignList, type CampaignRow } from '../../hooks/use-campaign-list.ts';
import { usePeriodText } from '../campaign-period.tsx';
import { CampaignProgress } from '../campaign-progress.tsx';
import { CampaignStatusBadge } from '../campaign-status-badge.tsx';

const OPEN = { mine: true, statuses: ['ACTIVE' as const] };
const CLOSED = { mine: true, statuses: ['COMPLETED' as const, 'CANCELLED' as const] };

function MyCampaignCard({ campaign }: { campaign: CampaignRow }) {
  const { t } = useTranslation();
  const period = usePeriodText();
  const left = campaign.progress.pending + campaign.progress.inProgress;
  const workable = campaign.status === 'ACTIVE' && left > 0;
  return (
    <Card padding="md" component="article" aria-label={campaign.name}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Anchor component={Link} to={`/my-campaigns/${campaign.id}`} fw={600}>
              {campaign.name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {period(campaign.start, campaign.end)}
            </Text>
          </Stack>
          <CampaignStatusBadge status={campaign.status} />
        </Group>
        {campaign.description && (
          <Text size="sm" lineClamp={2}>
            {campaign.description}
          </Text>
        )}
        <CampaignProgress
          progress={campaign.progress}
          label={t('campaigns.progress.of', { name: campaign.name })}
          withLegend
        />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('campaigns.mine.left', { count: left })}
          </Text>
          {workable && (
            <Button
              component={Link}
              to={`/my-campaigns/${campaign.id}`}
              aria-label={t('campaigns.mine.workNamed', { name: campaign.name })}
            >
              {t('campaigns.mine.work')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function CampaignCards({ filter, empty }: { filter: typeof OPEN | typeof CLOSED; empty: string }) {
  const { t } = useTranslation();
  const list = useCampaignList(filter);
  if (list.loading) return <Loader size="sm" />;
  return (
    <Stack gap="sm">
      <ErrorAlert error={list.error} />
      {list.campaigns.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {list.campaigns.map((c) => (
            <MyCampaignCard key={c.id} campaign={c} />
          ))}
        </SimpleGrid>
      )}
      {list.hasMore && (
        <Group justify="center">
          <Button variant="default" size="xs" loading={list.loadingMore} onClick={list.loadMore}>
            {t('common.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export default function MyCampaignsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('campaigns.mine.title')}
        description={t('campaigns.mine.description')}
        actions={
          <Button variant="default" component={Link} to="/reports">
            {t('campaigns.mine.report')}
          </Button>
        }
      />
      <Stack gap="xl">
        <section aria-labelledby="mine-active">
          <Title order={2} size="h4" mb="sm" id="mine-active">
            {t('campaigns.mine.active')}
          </Title>
          <CampaignCards filter={OPEN} empty={t('campaigns.mine.noneActive')} />
        </section>
        <section aria-labelledby="mine-finished">
          <Title order={2} size="h4" mb="sm" id="mine-finished">
            {t('campaigns.mine.finished')}
          </Title>
          <CampaignCards filter={CLOSED} empty={t('campaigns.mine.noneFinished')} />
        </section>
      </Stack>
    </>
  );
}
