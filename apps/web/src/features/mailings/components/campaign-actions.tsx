// The state changes a viewer may make on a campaign (submit, approve, return, pause, resume, cancel), each with an
// optional note; a refused one (stale version, self-approval) shows the API's error.
import { useMutation } from '@apollo/client/react';
import { Button, Group, TextInput } from '@mantine/core';
import type { EmailCampaignState } from '@veza/shared/graphql-types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { useCan } from '../../../lib/session.tsx';
import { ApproveEmailCampaignMutation } from '../api/approve-email-campaign-mutation.ts';
import { CancelEmailCampaignMutation } from '../api/cancel-email-campaign-mutation.ts';
import { PauseEmailCampaignMutation } from '../api/pause-email-campaign-mutation.ts';
import { ResumeEmailCampaignMutation } from '../api/resume-email-campaign-mutation.ts';
import { ReturnEmailCampaignMutation } from '../api/return-email-campaign-mutation.ts';
import { SubmitEmailCampaignMutation } from '../api/submit-email-campaign-mutation.ts';
import { campaignActions, type CampaignAction } from '../lib/campaign-states.ts';

const COLORS: Record<CampaignAction, string> = {
  submit: 'blue',
  approve: 'green',
  return: 'yellow',
  pause: 'orange',
  resume: 'blue',
  cancel: 'red',
};

export function CampaignActions({
  campaign,
}: {
  campaign: { id: string; version: number; state: EmailCampaignState };
}) {
  const { t } = useTranslation();
  const can = useCan();
  const [note, setNote] = useState('');
  const options = { refetchQueries: ['EmailCampaign'] };
  const mutations = {
    submit: useMutation(SubmitEmailCampaignMutation, options)[0],
    approve: useMutation(ApproveEmailCampaignMutation, options)[0],
    return: useMutation(ReturnEmailCampaignMutation, options)[0],
    pause: useMutation(PauseEmailCampaignMutation, options)[0],
    resume: useMutation(ResumeEmailCampaignMutation, options)[0],
    cancel: useMutation(CancelEmailCampaignMutation, options)[0],
  };
  const actions = campaignActions(campaign.state, {
    manage: can('mailings.manage'),
    approve: can('mailings.approve'),
  });
  if (!actions.length) return null;
  const run = async (action: CampaignAction) => {
    try {
      const input = { id: campaign.id, version: campaign.version, note: note.trim() || null };
      await mutations[action]({ variables: { input } });
      setNote('');
      notifySuccess(t(`mailings.actions.${action}Done`));
    } catch (e) {
      notifyError(errorText(t, e));
    }
  };
  return (
    <Group align="end" wrap="wrap">
      <TextInput
        label={t('mailings.actions.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        style={{ flex: '1 1 200px' }}
      />
      {actions.map((a) => (
        <Button key={a} color={COLORS[a]} variant={a === 'cancel' ? 'light' : 'filled'} onClick={() => void run(a)}>
          {t(`mailings.actions.${a}`)}
        </Button>
      ))}
    </Group>
  );
}
