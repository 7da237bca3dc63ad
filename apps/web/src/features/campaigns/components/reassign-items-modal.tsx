// Hands the selected unfinished items to another agent (their campaign of the same generation, or a new one).
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { notifySuccess } from '../../../lib/notify.ts';
import { useCampaignItemActions } from '../hooks/use-campaign-item-actions.ts';
import { AgentSelect } from './agent-select.tsx';

interface Props {
  campaignId: string;
  currentAgentId: string;
  itemIds: string[];
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}

export function ReassignItemsModal({ campaignId, currentAgentId, itemIds, opened, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [agentId, setAgentId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const actions = useCampaignItemActions(campaignId);
  const close = () => {
    setAgentId(null);
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!agentId) return;
    setError(null);
    try {
      const result = await actions.reassign(itemIds, agentId);
      notifySuccess(
        t('campaigns.reassign.done', { count: result.items.length, campaign: result.campaigns[0]?.name ?? '' }),
      );
      onDone();
      close();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={t('campaigns.reassign.title', { count: itemIds.length })}>
      <Stack>
        <Text size="sm">{t('campaigns.reassign.body')}</Text>
        <AgentSelect
          label={t('campaigns.reassign.agent')}
          value={agentId}
          onChange={setAgentId}
          exclude={[currentAgentId]}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!agentId} loading={actions.reassigning} onClick={submit}>
            {t('campaigns.reassign.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
