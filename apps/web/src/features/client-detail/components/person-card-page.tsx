// Print-friendly person card (/persons/:id/card?client=…), outside the app shell like the client brief: contacts,
// dates, the firms with function and address, relations, and the letter address block at the chosen firm.
import { useQuery } from '@apollo/client/react';
import { Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useFormatDateTime } from '../../../lib/format.ts';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { PersonCardQuery } from '../api/person-card-query.ts';
import { addressBlock } from '../lib/address-block.ts';
import { BriefSection } from './client-brief-page.tsx';
import './client-brief.css';
import { NotFoundCard } from './not-found-card.tsx';

type CardPerson = NonNullable<ResultOf<typeof PersonCardQuery>['person']>;

function Contacts({ person }: { person: CardPerson }) {
  const { t, i18n } = useTranslation();
  const day = (iso: string, opts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(i18n.language, { ...opts, timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const rows: [string, string | null][] = [
    [t('person.fields.jobTitle'), person.jobTitle ?? null],
    [t('client.fields.phones'), person.phones.join(', ') || null],
    [t('client.fields.emails'), person.emails.join(', ') || null],
    [t('person.fields.birthday'), person.birthday ? day(person.birthday, { dateStyle: 'long' }) : null],
    [
      t('person.fields.nameDay'),
      person.nameDay ? day(`2000-${person.nameDay}`, { day: 'numeric', month: 'long' }) : null,
    ],
    [t('seedDetails.consent'), person.marketingConsent ? t('person.consentYes') : t('person.consentNo')],
  ];
  return (
    <table aria-label={t('seedDetails.contacts')}>
      <tbody>
        {rows
          .filter(([, v]) => v)
          .map(([label, v]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{v}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

function Firms({ person }: { person: CardPerson }) {
  const { t, i18n } = useTranslation();
  return (
    <table aria-label={t('seedDetails.firms')}>
      <thead>
        <tr>
          <th scope="col">{t('seedDetails.firm')}</th>
          <th scope="col">{t('person.fields.function')}</th>
          <th scope="col">{t('seedDetails.address')}</th>
        </tr>
      </thead>
      <tbody>
        {person.clients.map(({ client, role }) => (
          <tr key={client.id}>
            <th scope="row">{client.name}</th>
            <td>{role}</td>
            <td style={{ whiteSpace: 'pre-line' }}>{addressBlock({ ...client, firm: null }, i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Card({ person, clientId }: { person: CardPerson; clientId: string | null }) {
  const { t, i18n } = useTranslation();
  const format = useFormatDateTime();
  const at = person.clients.find((l) => l.client.id === clientId) ?? person.clients[0];
  const letter = addressBlock(
    { ...at?.client, firm: at?.client.name, personName: person.fullName, jobTitle: person.jobTitle || at?.role },
    i18n.language,
  );
  return (
    <Paper className="veza-brief-sheet" shadow="sm">
      <Stack gap="xl">
        <Box component="header">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('seedDetails.cardTitle')}
          </Text>
          <Title order={1} size="h2">
            {person.fullName}
          </Title>
          <Text size="sm" c="dimmed">
            {t('client.briefPrinted', { at: format(new Date().toISOString()) })}
          </Text>
        </Box>
        <BriefSection title={t('seedDetails.contacts')}>
          <Contacts person={person} />
        </BriefSection>
        <BriefSection title={t('seedDetails.firms')}>
          <Firms person={person} />
        </BriefSection>
        <BriefSection title={t('seedDetails.relatedPersons')}>
          {person.relations.length === 0 ? (
            <Text c="dimmed">{t('seedDetails.noRelations')}</Text>
          ) : (
            person.relations.map((r) => <Text key={r.id}>{`${r.kind}: ${r.person.fullName}`}</Text>)
          )}
        </BriefSection>
        <BriefSection title={t('seedDetails.letterAddress')}>
          <Text style={{ whiteSpace: 'pre-line' }}>{letter}</Text>
        </BriefSection>
      </Stack>
    </Paper>
  );
}

export default function PersonCardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const clientId = params.get('client');
  const { data, loading, error } = useQuery(PersonCardQuery, { variables: { id } });
  const person = data?.person ?? null;
  return (
    <Box component="main" className="veza-brief">
      <Group className="veza-brief-toolbar" justify="space-between" mb="md">
        {clientId ? (
          <Anchor component={Link} to={`/clients/${clientId}`}>
            {t('client.backToClient')}
          </Anchor>
        ) : (
          <span />
        )}
        <Button onClick={() => window.print()} disabled={!person}>
          {t('client.print')}
        </Button>
      </Group>
      {loading && !data ? (
        <PageLoader />
      ) : person ? (
        <Card person={person} clientId={clientId} />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <NotFoundCard />
      )}
    </Box>
  );
}
