// Working a campaign (/my-campaigns/:id): progress, the next client to call, "Log call" (form, then result) and skip.
import { Anchor, Alert, Breadcrumbs, Card, Grid, Stack, Text, Title } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import { PageHeader } from '../../../../components/page-header.tsx';
import { PageLoader } from '../../../../components/page-loader.tsx';
import { notifySuccess } from '../../../../lib/notify.ts';
import { useCampaignWork, workableItem, type WorkCampaign, type WorkItem } from '../../hooks/use-campaign-work.ts';
import type { ActivityModals } from '../../../../lib/activity-modals.ts';
import { callSubject, openCall, primaryPersonId } from '../../lib/work-item.ts';
import { usePeriodText } from '../campaign-period.tsx';
import { CampaignProgress } from '../campaign-progress.tsx';
import { NextClientCard } from './next-client-card.tsx';
import { RecentContacts } from './recent-contacts.tsx';
import { SkipItemModal } from './skip-item-modal.tsx';
import { WorkActions } from './work-actions.tsx';

type Dialog = { kind: 'form'; startsAt: Date } | { kind: 'close'; activityId: string } | { kind: 'skip' } | null;

function FinishedCard({ campaign }: { campaign: WorkCampaign }) {
  const { t } = useTranslation();
  return (
    <Card padding="xl">
      <Stack gap="xs" align="center">
        <Title order={2} size="h3">
          {campaign.progress.total === 0 ? t('campaigns.work.emptyTitle') : t('campaigns.work.doneTitle')}
        </Title>
        <Text c="dimmed">{t('campaigns.work.doneBody')}</Text>
        <Anchor component={Link} to="/my-campaigns">
          {t('campaigns.mine.back')}
        </Anchor>
      </Stack>
    </Card>
  );
}

type Refetch = ReturnType<typeof useCampaignWork>['refetch'];

function useWorkFlow(campaign: WorkCampaign | null, refetch: Refetch) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const refresh = async () => {
    await refetch();
    await client.refetchQueries({ include: ['ClientRecentContacts', 'Campaigns'] });
  };
  return {
    dialog,
    setDialog,
    /** A planned call asks for its result next; one saved as already done has finished the item by itself. */
    onSaved: async (activity: { id: string }) => {
      const name = campaign?.nextItem?.clientName ?? '';
      const { data } = await refetch();
      const open = openCall(data?.campaign?.nextItem?.activities ?? []);
      if (open?.id === activity.id) setDialog({ kind: 'close', activityId: activity.id });
      else notifySuccess(t('campaigns.work.callLogged', { name }));
    },
    onClosed: async () => {
      setDialog(null);
      notifySuccess(t('campaigns.work.callLogged', { name: campaign?.nextItem?.clientName ?? '' }));
      await refresh();
    },
    /** The form closes itself after saving too: keep the result dialog it opened. */
    dismissForm: async () => {
      setDialog((d) => (d?.kind === 'form' ? null : d));
      await refresh();
    },
    dismiss: async () => {
      setDialog(null);
      await refresh();
    },
  };
}

/** The call's starting values; built once per opening so a re-render does not reset the form. */
function useCallInitial(
  item: WorkItem | null | undefined,
  callTypeId: string | undefined,
  subject: string,
  dialog: Dialog,
) {
  const startsAt = dialog?.kind === 'form' ? dialog.startsAt : undefined;
  const contactPersonId = item ? primaryPersonId(item.client.persons) : undefined;
  return useMemo(
    () =>
      item && {
        clientId: item.client.id,
        contactPersonId,
        typeId: callTypeId,
        subject,
        startsAt,
        campaignItemId: item.id,
        status: 'PLANNED' as const,
      },
    [item, contactPersonId, callTypeId, subject, startsAt],
  );
}

export default function CampaignWorkPage({ modals }: { modals: ActivityModals }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const work = useCampaignWork(id);
  const period = usePeriodText();
  const flow = useWorkFlow(work.campaign, work.refetch);
  const { Form, Close } = modals;
  const initial = useCallInitial(
    workableItem(work.campaign?.nextItem),
    work.callTypeId,
    t('campaigns.work.callSubject', { campaign: work.campaign ? callSubject(work.campaign) : '' }),
    flow.dialog,
  );
  if (work.loading) return <PageLoader />;
  const campaign = work.campaign;
  if (!campaign) return <ErrorAlert error={work.error} message={work.error ? undefined : t('campaigns.notFound')} />;
  const next = campaign.nextItem;
  const item = workableItem(next);
  const workable = campaign.status === 'ACTIVE';
  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/my-campaigns" size="sm">
          {t('campaigns.mine.title')}
        </Anchor>
        <span>{campaign.name}</span>
      </Breadcrumbs>
      <PageHeader title={campaign.name} description={period(campaign.start, campaign.end)} />
      <Stack gap="lg">
        <Card padding="md">
          <CampaignProgress
            progress={campaign.progress}
            label={t('campaigns.progress.of', { name: campaign.name })}
            size="lg"
            withLegend
          />
        </Card>
        <ErrorAlert error={work.error} />
        {!workable && (
          <Alert color="yellow" variant="light">
            {t('campaigns.work.notWorkable', { status: t(`campaigns.status.${campaign.status}`) })}
          </Alert>
        )}
        {next && !item && (
          <Alert color="yellow" variant="light">
            {t('visibility.linkedClientHidden', { name: next.clientName })}
          </Alert>
        )}
        {!next ? (
          <FinishedCard campaign={campaign} />
        ) : !item ? null : (
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Card padding="lg" component="section" aria-label={t('campaigns.work.nextClient')}>
                <NextClientCard
                  item={item}
                  number={Math.min(campaign.progress.finished + 1, campaign.progress.total)}
                  total={campaign.progress.total}
                />
              </Card>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="md">
                {workable && (
                  <WorkActions
                    item={item}
                    canLog={!!work.callTypeId}
                    onLogCall={() => flow.setDialog({ kind: 'form', startsAt: new Date() })}
                    onCloseCall={(activityId) => flow.setDialog({ kind: 'close', activityId })}
                    onSkip={() => flow.setDialog({ kind: 'skip' })}
                  />
                )}
                <Card padding="md">
                  <RecentContacts clientId={item.client.id} />
                </Card>
              </Stack>
            </Grid.Col>
          </Grid>
        )}
      </Stack>
      {item && (
        <>
          <Form
            opened={flow.dialog?.kind === 'form'}
            onClose={() => void flow.dismissForm()}
            initial={initial ?? undefined}
            onSaved={(activity) => void flow.onSaved(activity)}
          />
          {flow.dialog?.kind === 'close' && (
            <Close
              opened
              activityId={flow.dialog.activityId}
              onClose={() => void flow.dismiss()}
              onClosed={() => void flow.onClosed()}
            />
          )}
          <SkipItemModal
            clientName={item.client.name}
            opened={flow.dialog?.kind === 'skip'}
            loading={work.skipping}
            onClose={() => flow.setDialog(null)}
            onSkip={(reason) => work.skip(item.id, reason)}
          />
        </>
      )}
    </>
  );
}
