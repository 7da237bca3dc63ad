// Client detail page (/clients/:id): header with actions, a "deleted" banner, and the tabs.
import { Alert, Anchor, Breadcrumbs, Card, Tabs, Text } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { AttachmentsPanel } from '../../../components/attachments/attachments-panel.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { NotesPanel } from '../../../components/notes/notes-panel.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useFormatDateTime } from '../../../lib/format.ts';
import { useCan } from '../../../lib/session.tsx';
import { useClientDetail, type ClientDetail } from '../hooks/use-client-detail.ts';
import { useRecordAttributes } from '../hooks/use-record-attributes.ts';
import { AttributesList } from './client-attributes-tab.tsx';
import { ClientDetailActions } from './client-detail-actions.tsx';
import { ClientOverviewTab } from './client-overview-tab.tsx';
import { ClientPersonsTab } from './client-persons-tab.tsx';
import type { PersonExtras } from './person-card.tsx';
import { NotFoundCard } from './not-found-card.tsx';

const TABS = [
  'overview',
  'attributes',
  'persons',
  'history',
  'opportunities',
  'emails',
  'notes',
  'attachments',
  'changes',
] as const;
type Tab = (typeof TABS)[number];

function DeletedBanner({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  return (
    <Alert color="red" variant="light" role="status" title={t('client.deletedTitle')} mb="md">
      {t('client.deletedBody', { at: format(client.deletedAt) })}
      {client.mergedInto && (
        <>
          {' '}
          {t('duplicates.mergedIntoBefore')}{' '}
          <Anchor component={Link} to={`/clients/${client.mergedInto.id}`}>
            {client.mergedInto.name}
          </Anchor>
          .
        </>
      )}
    </Alert>
  );
}

/** The client's activity timeline, plugged in by the app from the activities feature. */
export type HistoryTab = ComponentType<{ clientId: string; canWrite: boolean }>;
/** The record's audit trail, plugged in by the app from the audit feature. */
export type ChangesTab = ComponentType<{ recordId: string; kind: 'CLIENT' }>;

function ClientTabs({
  client,
  historyTab: HistoryTabContent,
  opportunitiesTab: OpportunitiesTabContent,
  emailsTab,
  changesTab: ChangesTabContent,
  personExtras,
}: {
  client: ClientDetail;
  changesTab?: ChangesTab;
  historyTab?: HistoryTab;
  /** The client's opportunities, plugged in by the app from the opportunities feature. */
  opportunitiesTab?: HistoryTab;
  /** The mail sent to the client and the compose dialog, plugged in by the app from the mail feature. */
  emailsTab?: HistoryTab;
  personExtras?: PersonExtras;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const { definitions } = useRecordAttributes('CLIENT');
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'overview';
  const writable = can('clients.write') && !client.deletedAt;
  const EmailsTabContent = can('mail.send') ? emailsTab : undefined;
  return (
    <Tabs value={tab} onChange={(v) => setParams(v && v !== 'overview' ? { tab: v } : {}, { replace: true })}>
      <Tabs.List mb="md">
        <Tabs.Tab value="overview">{t('client.tabs.overview')}</Tabs.Tab>
        <Tabs.Tab value="attributes">{t('client.tabs.attributes')}</Tabs.Tab>
        <Tabs.Tab value="persons">{t('client.tabs.personsCount', { n: client.persons.length })}</Tabs.Tab>
        {HistoryTabContent && <Tabs.Tab value="history">{t('client.tabs.history')}</Tabs.Tab>}
        {OpportunitiesTabContent && <Tabs.Tab value="opportunities">{t('opportunities.clientTab.title')}</Tabs.Tab>}
        {EmailsTabContent && <Tabs.Tab value="emails">{t('mail.clientTab.title')}</Tabs.Tab>}
        <Tabs.Tab value="notes">{t('client.tabs.notes')}</Tabs.Tab>
        <Tabs.Tab value="attachments">{t('files.tab')}</Tabs.Tab>
        {ChangesTabContent && <Tabs.Tab value="changes">{t('audit.tab')}</Tabs.Tab>}
      </Tabs.List>
      <Card>
        <Tabs.Panel value="overview">
          <ClientOverviewTab client={client} />
        </Tabs.Panel>
        <Tabs.Panel value="attributes">
          <AttributesList attributes={client.attributes} definitions={definitions} />
        </Tabs.Panel>
        <Tabs.Panel value="persons">
          <ClientPersonsTab
            client={client}
            canWrite={writable}
            canDelete={can('clients.delete') && !client.deletedAt}
            personExtras={personExtras}
          />
        </Tabs.Panel>
        {OpportunitiesTabContent && (
          <Tabs.Panel value="opportunities">
            {tab === 'opportunities' && <OpportunitiesTabContent clientId={client.id} canWrite={!client.deletedAt} />}
          </Tabs.Panel>
        )}
        {HistoryTabContent && (
          <Tabs.Panel value="history">
            {tab === 'history' && <HistoryTabContent clientId={client.id} canWrite={!client.deletedAt} />}
          </Tabs.Panel>
        )}
        {EmailsTabContent && (
          <Tabs.Panel value="emails">
            {tab === 'emails' && <EmailsTabContent clientId={client.id} canWrite={writable} />}
          </Tabs.Panel>
        )}
        <Tabs.Panel value="notes">
          {tab === 'notes' && <NotesPanel ownerId={client.id} canWrite={writable} />}
        </Tabs.Panel>
        <Tabs.Panel value="attachments">
          {tab === 'attachments' && <AttachmentsPanel ownerId={client.id} canWrite={writable} />}
        </Tabs.Panel>
        {ChangesTabContent && (
          <Tabs.Panel value="changes">
            {tab === 'changes' && <ChangesTabContent recordId={client.id} kind="CLIENT" />}
          </Tabs.Panel>
        )}
      </Card>
    </Tabs>
  );
}

export default function ClientDetailPage({
  historyTab,
  opportunitiesTab,
  emailsTab,
  changesTab,
  personExtras,
}: {
  historyTab?: HistoryTab;
  opportunitiesTab?: HistoryTab;
  emailsTab?: HistoryTab;
  changesTab?: ChangesTab;
  personExtras?: PersonExtras;
}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { client, loading, error } = useClientDetail(id);
  if (loading) return <PageLoader />;
  if (!client) return error ? <ErrorAlert error={error} /> : <NotFoundCard />;
  return (
    <>
      <Breadcrumbs mb="xs" aria-label={t('client.breadcrumbs')}>
        <Anchor component={Link} to="/clients" size="sm">
          {t('client.list')}
        </Anchor>
        <Text span size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>
          {client.name}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={client.name}
        description={[t(`client.kind.${client.kind}`), ...client.roles.map((r) => t(`client.role.${r}`))].join(' · ')}
        actions={<ClientDetailActions client={client} />}
      />
      {client.deletedAt && <DeletedBanner client={client} />}
      <ErrorAlert error={error} />
      <ClientTabs
        client={client}
        historyTab={historyTab}
        opportunitiesTab={opportunitiesTab}
        emailsTab={emailsTab}
        changesTab={changesTab}
        personExtras={personExtras}
      />
    </>
  );
}
