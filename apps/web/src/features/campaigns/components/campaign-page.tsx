// A campaign (/campaigns/:id): header with status actions and progress, then its items.
import { Anchor, Breadcrumbs, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useCampaignDetail } from '../hooks/use-campaign-detail.ts';
import { AddClientsModal } from './add-clients-modal.tsx';
import { usePeriodText } from './campaign-period.tsx';
import { CampaignItemsPanel } from './campaign-items-panel.tsx';
import { CampaignProgress } from './campaign-progress.tsx';
import { CampaignStatusActions } from './campaign-status-actions.tsx';
import { CampaignStatusBadge } from './campaign-status-badge.tsx';
import { EditCampaignModal } from './edit-campaign-modal.tsx';

export default function CampaignPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { campaign, loading, error, refetch } = useCampaignDetail(id);
  const period = usePeriodText();
  const [modal, setModal] = useState<'edit' | 'add' | null>(null);
  if (loading) return <PageLoader />;
  if (!campaign)
    return error ? (
      <ErrorAlert error={error} />
    ) : (
      <Card>
        <Text>{t('campaigns.notFound')}</Text>
        <Anchor component={Link} to="/campaigns" size="sm">
          {t('campaigns.list.back')}
        </Anchor>
      </Card>
    );
  const editable = campaign.status === 'DRAFT' || campaign.status === 'ACTIVE';
  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/campaigns" size="sm">
          {t('campaigns.list.title')}
        </Anchor>
        <span>{campaign.name}</span>
      </Breadcrumbs>
      <PageHeader
        title={campaign.name}
        description={[campaign.agent.name, period(campaign.start, campaign.end)].join(' · ')}
        actions={
          <CampaignStatusActions
            campaign={campaign}
            onEdit={() => setModal('edit')}
            onAddClients={() => setModal('add')}
            onChanged={() => void refetch()}
          />
        }
      />
      <Stack gap="lg">
        <Card padding="md">
          <Stack gap="xs">
            <Group gap="xs">
              <CampaignStatusBadge status={campaign.status} />
              {campaign.strategy && (
                <Text size="sm" c="dimmed">
                  {t(`campaigns.strategy.${campaign.strategy}`)}
                </Text>
              )}
            </Group>
            {campaign.description && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {campaign.description}
              </Text>
            )}
            <CampaignProgress
              progress={campaign.progress}
              label={t('campaigns.progress.of', { name: campaign.name })}
              size="lg"
              withLegend
            />
          </Stack>
        </Card>
        <ErrorAlert error={error} />
        <CampaignItemsPanel campaignId={campaign.id} agentId={campaign.agent.id} editable={editable} />
      </Stack>
      <EditCampaignModal
        campaign={campaign}
        opened={modal === 'edit'}
        onClose={() => setModal(null)}
        onReload={() => void refetch()}
      />
      <AddClientsModal campaignId={campaign.id} opened={modal === 'add'} onClose={() => setModal(null)} />
    </>
  );
}
