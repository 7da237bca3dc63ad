// The campaign page's actions: edit, activate a draft, add clients, complete and cancel (the last two confirmed).
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import type { CampaignDetail } from '../hooks/use-campaign-detail.ts';
import { useCampaignStatusActions } from '../hooks/use-campaign-status-actions.ts';

type Confirm = 'complete' | 'cancel' | null;

interface Props {
  campaign: CampaignDetail;
  onEdit: () => void;
  onAddClients: () => void;
  onChanged: () => void;
}

export function CampaignStatusActions({ campaign, onEdit, onAddClients, onChanged }: Props) {
  const { t } = useTranslation();
  const actions = useCampaignStatusActions(campaign);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const open = campaign.status === 'DRAFT' || campaign.status === 'ACTIVE';
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifySuccess(done);
    } catch (error) {
      notifyError(errorText(t, error));
    } finally {
      setConfirm(null);
      onChanged();
    }
  };
  if (!open) return null;
  return (
    <Group gap="xs">
      <Button variant="default" onClick={onEdit}>
        {t('campaigns.actions.edit')}
      </Button>
      <Button variant="default" onClick={onAddClients}>
        {t('campaigns.actions.addClients')}
      </Button>
      {campaign.status === 'DRAFT' && (
        <Button loading={actions.busy} onClick={() => run(actions.activate, t('campaigns.actions.activated'))}>
          {t('campaigns.actions.activate')}
        </Button>
      )}
      {campaign.status === 'ACTIVE' && (
        <Button color="teal" onClick={() => setConfirm('complete')}>
          {t('campaigns.actions.complete')}
        </Button>
      )}
      <Button variant="light" color="red" onClick={() => setConfirm('cancel')}>
        {t('campaigns.actions.cancel')}
      </Button>
      <ConfirmDialog
        opened={confirm === 'complete'}
        title={t('campaigns.actions.completeTitle')}
        confirmLabel={t('campaigns.actions.complete')}
        loading={actions.busy}
        onConfirm={() => run(actions.complete, t('campaigns.actions.completed'))}
        onCancel={() => setConfirm(null)}
      >
        {t('campaigns.actions.completeBody', { count: campaign.progress.pending + campaign.progress.inProgress })}
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirm === 'cancel'}
        title={t('campaigns.actions.cancelTitle')}
        confirmLabel={t('campaigns.actions.cancel')}
        loading={actions.busy}
        onConfirm={() => run(actions.cancel, t('campaigns.actions.cancelled'))}
        onCancel={() => setConfirm(null)}
      >
        {t('campaigns.actions.cancelBody')}
      </ConfirmDialog>
    </Group>
  );
}
