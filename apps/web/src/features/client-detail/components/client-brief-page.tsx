// Print-friendly client brief (/clients/:id/brief), outside the app shell: base data, attributes, people, note.
import { Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useFormatDateTime } from '../../../lib/format.ts';
import { useClientDetail, type ClientDetail } from '../hooks/use-client-detail.ts';
import { useRecordAttributes } from '../hooks/use-record-attributes.ts';
import { AttributesList } from './client-attributes-tab.tsx';
import './client-brief.css';
import { ClientOverviewTab } from './client-overview-tab.tsx';
import { NotFoundCard } from './not-found-card.tsx';

export function BriefSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm" pb={4} style={{ borderBottom: '2px solid var(--mantine-color-gray-4)' }}>
        {title}
      </Title>
      {children}
    </Box>
  );
}

function PersonsTable({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  if (client.persons.length === 0) return <Text c="dimmed">{t('person.empty')}</Text>;
  return (
    <table aria-label={t('client.tabs.persons')}>
      <thead>
        <tr>
          <th scope="col">{t('person.fields.name')}</th>
          <th scope="col">{t('person.fields.function')}</th>
          <th scope="col">{t('client.fields.phones')}</th>
          <th scope="col">{t('client.fields.emails')}</th>
        </tr>
      </thead>
      <tbody>
        {client.persons.map(({ person, role }) => (
          <tr key={person.id}>
            <th scope="row">{person.fullName}</th>
            <td>{[person.jobTitle, role].filter(Boolean).join(' · ')}</td>
            <td>{person.phones.join(', ')}</td>
            <td>{person.emails.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Brief({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const { definitions } = useRecordAttributes('CLIENT');
  return (
    <Paper className="veza-brief-sheet" shadow="sm">
      <Stack gap="xl">
        <Box component="header">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('client.briefTitle')}
          </Text>
          <Title order={1} size="h2">
            {client.name}
          </Title>
          <Text size="sm" c="dimmed">
            {t('client.briefPrinted', { at: format(new Date().toISOString()) })}
          </Text>
        </Box>
        <BriefSection title={t('client.tabs.overview')}>
          <ClientOverviewTab client={client} />
        </BriefSection>
        <BriefSection title={t('client.tabs.attributes')}>
          <AttributesList attributes={client.attributes} definitions={definitions} filledOnly />
        </BriefSection>
        <BriefSection title={t('client.tabs.persons')}>
          <PersonsTable client={client} />
        </BriefSection>
        <BriefSection title={t('client.tabs.notes')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{client.note || t('client.noNote')}</Text>
        </BriefSection>
      </Stack>
    </Paper>
  );
}

export default function ClientBriefPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { client, loading, error } = useClientDetail(id);
  return (
    <Box component="main" className="veza-brief">
      <Group className="veza-brief-toolbar" justify="space-between" mb="md">
        <Anchor component={Link} to={`/clients/${id}`}>
          {t('client.backToClient')}
        </Anchor>
        <Button onClick={() => window.print()} disabled={!client}>
          {t('client.print')}
        </Button>
      </Group>
      {loading ? (
        <PageLoader />
      ) : client ? (
        <Brief client={client} />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <NotFoundCard />
      )}
    </Box>
  );
}
