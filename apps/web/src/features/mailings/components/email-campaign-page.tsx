// One campaign: its content and groups, the actions its state and the viewer's permissions allow, the live progress
// while it sends (polled every 2 s), and the history of state changes with who and when.
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { recordKey } from '../../../lib/record-key.ts';
import { EmailCampaignQuery } from '../api/email-campaign-query.ts';
import { STATE_COLORS } from '../lib/campaign-states.ts';
import { CampaignActions } from './campaign-actions.tsx';
import { CampaignFailures } from './campaign-failures.tsx';
import { CampaignHistory } from './campaign-history.tsx';
import { CampaignProgress } from './campaign-progress.tsx';
import { EmailCampaignForm } from './email-campaign-form.tsx';

const toLocalInput = (iso: string | null | undefined) => {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

export default function EmailCampaignPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const { data, error, startPolling, stopPolling } = useQuery(EmailCampaignQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const c = data?.emailCampaign;
  const live = c?.state === 'SENDING' || c?.state === 'APPROVED';
  if (live) startPolling(2000);
  else stopPolling();
  if (error) return <ErrorAlert error={error} />;
  if (!c) return <PageLoader />;
  const editable = ['PREPARATION', 'AWAITING_APPROVAL', 'APPROVED'].includes(c.state);
  return (
    <>
      <PageHeader
        title={c.name}
        description={t('mailings.campaigns.by', { name: c.createdByName })}
        actions={
          <Group gap="xs">
            <Badge size="lg" color={STATE_COLORS[c.state]}>
              {t(`mailings.states.${c.state}`)}
            </Badge>
            {editable && (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('mailings.campaigns.edit')}
              </Button>
            )}
          </Group>
        }
      />
      <Stack>
        <CampaignActions campaign={c} />
        {c.progress.total > 0 && <CampaignProgress progress={c.progress} />}
        {c.progress.failed > 0 && <CampaignFailures campaignId={c.id} failed={c.progress.failed} />}
        <Card withBorder>
          <Title order={2} size="h5">
            {c.subject}
          </Title>
          <Text size="sm" c="dimmed">
            {t('mailings.campaigns.groupsList', { groups: c.groups.map((g) => g.name).join(', ') || '—' })}
            {c.scheduledAt &&
              ` · ${t('mailings.campaigns.scheduledFor', { at: new Date(c.scheduledAt).toLocaleString(i18n.language) })}`}
          </Text>
          <Text component="pre" size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {c.bodyHtml}
          </Text>
          {c.attachments.length > 0 && (
            <Text size="sm" mt="sm" style={{ wordBreak: 'break-word' }}>
              {t('mailingsExtra.campaign.files', { names: c.attachments.map((f) => f.name).join(', ') })}
            </Text>
          )}
        </Card>
        <CampaignHistory history={c.history} />
      </Stack>
      <FormModal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('mailings.campaigns.edit')}
        size="lg"
        formKey={recordKey(c)}
      >
        <EmailCampaignForm
          campaign={{
            id: c.id,
            version: c.version,
            values: {
              name: c.name,
              language: c.language,
              subject: c.subject,
              bodyHtml: c.bodyHtml,
              groupIds: c.groups.map((g) => g.id),
              scheduledAt: toLocalInput(c.scheduledAt),
              templateId: c.templateId ?? null,
            },
          }}
          onClose={() => setEditing(false)}
        />
      </FormModal>
    </>
  );
}
