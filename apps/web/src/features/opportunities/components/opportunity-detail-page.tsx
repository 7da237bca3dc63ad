// One opportunity: its fields, won / lost / reopen and edit, persons, stage history, linked activities, the mail sent
// from it and files.
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AttachmentsPanel } from '../../../components/attachments/attachments-panel.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useFormatDateTime } from '../../../lib/format.ts';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { useCan, useCanEditRecord } from '../../../lib/session.tsx';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError } from '../../../lib/notify.ts';
import { MarkOpportunityLostMutation } from '../api/mark-opportunity-lost-mutation.ts';
import { MarkOpportunityWonMutation } from '../api/mark-opportunity-won-mutation.ts';
import { ReopenOpportunityMutation } from '../api/reopen-opportunity-mutation.ts';
import { OpportunityQuery } from '../api/opportunity-query.ts';
import { useOpportunityOptions } from '../hooks/use-opportunity-options.ts';
import { LostDialog, WonDialog } from './close-dialogs.tsx';
import { OpportunityFactsCard, PersonsCard, StageHistoryCard } from './opportunity-detail-cards.tsx';
import type { ComposeEmailSlot } from '../../../lib/compose-email.ts';
import { OpportunityFormModal } from './opportunity-form-modal.tsx';

type Opportunity = NonNullable<ResultOf<typeof OpportunityQuery>['opportunity']>;

/** The activities feature's form, plugged in by the app: a new activity for this client and opportunity. */
export type ActivityFormSlot = ComponentType<{
  opened: boolean;
  onClose: () => void;
  initial?: { clientId?: string; opportunityId?: string };
  onSaved?: () => void;
}>;

/** The audit feature's Changes list, plugged in by the app. */
export type ChangesSlot = ComponentType<{ recordId: string; kind: 'OPPORTUNITY' }>;

/** The mail feature's list of the mail sent from a record, with delivery states, plugged in by the app. */
export type EmailsSlot = ComponentType<{ recordId: string }>;

function EmailsCard({ id, emails: Emails }: { id: string; emails?: EmailsSlot }) {
  const { t } = useTranslation();
  const can = useCan();
  if (!Emails || !can('mail.send')) return null;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('mail.clientTab.title')}
      </Title>
      <Emails recordId={id} />
    </Card>
  );
}

function ChangesCard({ id, changes: Changes }: { id: string; changes?: ChangesSlot }) {
  const { t } = useTranslation();
  if (!Changes) return null;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('audit.tab')}
      </Title>
      <Changes recordId={id} kind="OPPORTUNITY" />
    </Card>
  );
}

export default function OpportunityDetailPage({
  activityForm: ActivityForm,
  composeEmail: ComposeEmail,
  emails,
  changes,
}: {
  changes?: ChangesSlot;
  /** The mail feature's E-mails list (plugged in by the app): the mail sent from this opportunity. */
  emails?: EmailsSlot;
  activityForm?: ActivityFormSlot;
  /** The mail feature's compose dialog (plugged in by the app): mail to the opportunity's persons, logged on it. */
  composeEmail?: ComposeEmailSlot;
}) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const canEditRecord = useCanEditRecord();
  const options = useOpportunityOptions();
  const { data, loading, error, refetch } = useQuery(OpportunityQuery, { variables: { id } });
  const [dialog, setDialog] = useState<'won' | 'lost' | 'edit' | 'activity' | 'email' | null>(null);
  const [won] = useMutation(MarkOpportunityWonMutation);
  const [lost] = useMutation(MarkOpportunityLostMutation);
  const [reopen, reopening] = useMutation(ReopenOpportunityMutation);
  if (loading && !data) return <PageLoader />;
  const o = data?.opportunity;
  if (!o) return <ErrorAlert error={error} message={error ? undefined : t('errors.NOT_FOUND')} />;
  const editable = canEditRecord('OPPORTUNITIES', o.owner.id, 'opportunities.write');
  const done = async () => {
    setDialog(null);
    await refetch();
  };
  const reload = () => void done();
  return (
    <>
      <PageHeader
        title={o.name}
        description={o.clientName}
        actions={
          <>
            {ComposeEmail && o.client && can('mail.send') && (
              <Button variant="default" onClick={() => setDialog('email')}>
                {t('mail.compose.open')}
              </Button>
            )}
            {editable && (
              <>
                {o.status === 'OPEN' ? (
                  <>
                    <Button color="green" onClick={() => setDialog('won')}>
                      {t('opportunities.actions.won')}
                    </Button>
                    <Button color="red" variant="light" onClick={() => setDialog('lost')}>
                      {t('opportunities.actions.lost')}
                    </Button>
                  </>
                ) : (
                  <Button
                    variant="light"
                    loading={reopening.loading}
                    onClick={() =>
                      reopen({ variables: { id: o.id, version: o.version } })
                        .then(() => refetch())
                        .catch((e) => notifyError(errorText(t, e)))
                    }
                  >
                    {t('opportunities.actions.reopen')}
                  </Button>
                )}
                <Button variant="default" onClick={() => setDialog('edit')}>
                  {t('common.edit')}
                </Button>
              </>
            )}
          </>
        }
      />
      <Stack>
        <OpportunityFactsCard opportunity={o} attributes={options.attributes} />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <PersonsCard opportunity={o} />
          <ActivitiesCard
            opportunity={o}
            onNew={ActivityForm && o.client && can('activities.write') ? () => setDialog('activity') : undefined}
          />
        </SimpleGrid>
        <EmailsCard id={o.id} emails={emails} />
        <StageHistoryCard opportunity={o} />
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('files.tab')}
          </Title>
          <AttachmentsPanel ownerId={o.id} canWrite={editable} />
        </Card>
        <ChangesCard id={o.id} changes={changes} />
      </Stack>
      <WonDialog
        opened={dialog === 'won'}
        name={o.name}
        onCancel={() => setDialog(null)}
        onReload={reload}
        onConfirm={async () => {
          await won({ variables: { id: o.id, version: o.version } });
          await done();
        }}
      />
      <LostDialog
        opened={dialog === 'lost'}
        name={o.name}
        reasons={options.lostReasons}
        onCancel={() => setDialog(null)}
        onReload={reload}
        onConfirm={async (lostReasonId, note) => {
          await lost({ variables: { id: o.id, version: o.version, lostReasonId, note } });
          await done();
        }}
      />
      {ComposeEmail && o.client && dialog === 'email' && (
        <ComposeEmail
          opened
          onClose={() => setDialog(null)}
          clientId={o.client.id}
          opportunityId={o.id}
          personIds={o.persons.map((p) => p.id)}
        />
      )}
      {ActivityForm && o.client && (
        <ActivityForm
          opened={dialog === 'activity'}
          onClose={() => setDialog(null)}
          initial={{ clientId: o.client.id, opportunityId: o.id }}
          onSaved={() => void refetch()}
        />
      )}
      <OpportunityFormModal
        opened={dialog === 'edit'}
        clientId={o.client?.id ?? null}
        existing={o}
        onClose={() => setDialog(null)}
        onSaved={() => void refetch()}
      />
    </>
  );
}

/** The opportunity's activities, newest first, with a button for a new one when the app plugs in the form. */
function ActivitiesCard({ opportunity: o, onNew }: { opportunity: Opportunity; onNew?: () => void }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('opportunities.detail.activities', { n: o.activities.totalCount })}
        </Title>
        {onNew && (
          <Button size="xs" variant="light" onClick={onNew}>
            {t('opportunities.detail.newActivity')}
          </Button>
        )}
      </Group>
      <List size="sm">
        {o.activities.edges.map(({ node: a }) => (
          <List.Item key={a.id}>
            <Anchor component={Link} to={`/activities/${a.id}`} size="sm">
              {a.subject}
            </Anchor>{' '}
            <Text span size="xs" c="dimmed">
              {format(a.startsAt ?? a.dueAt)}
            </Text>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
