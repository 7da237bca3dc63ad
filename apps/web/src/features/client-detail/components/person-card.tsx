// One contact person at the client: name, function, contacts, consent, dates, note and row actions.
import { Badge, Button, Card, Collapse, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClientPersonLink } from '../hooks/use-client-detail.ts';
import { AttachmentsPanel } from '../../../components/attachments/attachments-panel.tsx';
import { NotesPanel } from '../../../components/notes/notes-panel.tsx';
import type { AddressParts } from '../lib/address-block.ts';
import { EmailLinks, PhoneLinks } from './contact-links.tsx';
import { CopyAddressButton } from './copy-address-button.tsx';
import { PersonGdprActions } from './person-gdpr-actions.tsx';
import { PersonRelations } from './person-relations.tsx';

/** A person's mail actions (salutation, write an e-mail), plugged in by the app from the mail feature. */
export type PersonExtras = ComponentType<{
  personId: string;
  personName: string;
  clientId: string;
  canWrite: boolean;
  hasEmail: boolean;
}>;

interface Props {
  link: ClientPersonLink;
  clientId: string;
  canWrite: boolean;
  canDelete: boolean;
  onEdit: () => void;
  onRemove: () => void;
  extras?: PersonExtras;
  /** The client's firm and address, for "Copy address". */
  address?: AddressParts;
}

/** Birthday in the user's language; name day as day and month. */
function useDates(person: ClientPersonLink['person']) {
  const { i18n } = useTranslation();
  const date = (iso: string, opts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(i18n.language, { ...opts, timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  return {
    birthday: person.birthday ? date(person.birthday, { dateStyle: 'medium' }) : null,
    nameDay: person.nameDay ? date(`2000-${person.nameDay}`, { day: 'numeric', month: 'long' }) : null,
  };
}

export function ConsentBadge({ consent }: { consent: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={consent ? 'teal' : 'gray'} variant={consent ? 'light' : 'outline'} size="sm">
      {consent ? t('person.consentYes') : t('person.consentNo')}
    </Badge>
  );
}

/** Edit; and remove from this client when the person also works for others, otherwise delete. */
function PersonActions({ link, clientId, canWrite, canDelete, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  const { person } = link;
  const sharedWithOthers = person.clients.some((l) => l.client.id !== clientId);
  return (
    <Group gap={4} wrap="nowrap">
      {canWrite && (
        <Button
          size="xs"
          variant="subtle"
          onClick={onEdit}
          aria-label={t('person.editNamed', { name: person.fullName })}
        >
          {t('common.edit')}
        </Button>
      )}
      {(sharedWithOthers ? canWrite : canDelete) && (
        <Button
          size="xs"
          variant="subtle"
          color="red"
          onClick={onRemove}
          aria-label={t(sharedWithOthers ? 'person.unlinkNamed' : 'person.deleteNamed', { name: person.fullName })}
        >
          {sharedWithOthers ? t('person.unlink') : t('common.delete')}
        </Button>
      )}
    </Group>
  );
}

export function PersonCard(props: Props) {
  const { link } = props;
  const { t } = useTranslation();
  const { person } = link;
  const dates = useDates(person);
  const functionLine = [person.jobTitle, link.role].filter(Boolean).join(' · ');
  const [filesOpen, setFilesOpen] = useState(false);
  const [notesOpen, setNotesOpen] = useState(false);
  const [relationsOpen, setRelationsOpen] = useState(false);
  const Extras = props.extras;
  return (
    <Card component="article" aria-label={person.fullName} padding="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={3} size="h5">
              {person.fullName}
            </Title>
            {link.isPrimary && (
              <Badge size="sm" variant="filled">
                {t('person.primary')}
              </Badge>
            )}
            <ConsentBadge consent={person.marketingConsent} />
          </Group>
          {functionLine && (
            <Text size="sm" c="dimmed">
              {functionLine}
            </Text>
          )}
        </Stack>
        <PersonActions {...props} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
        <PhoneLinks phones={person.phones} />
        <EmailLinks emails={person.emails} />
        <Stack gap={2}>
          {dates.birthday && <Text size="sm">{t('person.birthdayOn', { date: dates.birthday })}</Text>}
          {dates.nameDay && <Text size="sm">{t('person.nameDayOn', { date: dates.nameDay })}</Text>}
        </Stack>
      </SimpleGrid>
      <Group gap="xs" mt="xs">
        <Button
          size="xs"
          variant="subtle"
          aria-expanded={notesOpen}
          onClick={() => setNotesOpen((o) => !o)}
          aria-label={t('notes.ofPerson', { name: person.fullName })}
        >
          {t('notes.tab')}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          aria-expanded={filesOpen}
          onClick={() => setFilesOpen((o) => !o)}
          aria-label={t('files.ofPerson', { name: person.fullName })}
        >
          {t('files.tab')}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          aria-expanded={relationsOpen}
          onClick={() => setRelationsOpen((o) => !o)}
          aria-label={t('seedDetails.relationsOf', { name: person.fullName })}
        >
          {t('seedDetails.relations', { count: person.relations.length })}
        </Button>
        <Button
          component={Link}
          to={`/persons/${person.id}/card?client=${encodeURIComponent(props.clientId)}`}
          size="xs"
          variant="subtle"
          aria-label={t('seedDetails.printCardOf', { name: person.fullName })}
        >
          {t('seedDetails.printCard')}
        </Button>
        {props.address && (
          <CopyAddressButton
            name={person.fullName}
            parts={{ ...props.address, personName: person.fullName, jobTitle: person.jobTitle || link.role }}
          />
        )}
        {Extras && (
          <Extras
            personId={person.id}
            personName={person.fullName}
            clientId={props.clientId}
            canWrite={props.canWrite}
            hasEmail={person.emails.length > 0}
          />
        )}
        <PersonGdprActions personId={person.id} personName={person.fullName} />
      </Group>
      <Collapse expanded={notesOpen}>
        {notesOpen && <NotesPanel ownerId={person.id} canWrite={props.canWrite} />}
      </Collapse>
      <Collapse expanded={relationsOpen}>
        {relationsOpen && <PersonRelations person={person} clientId={props.clientId} canWrite={props.canWrite} />}
      </Collapse>
      <Collapse expanded={filesOpen}>
        {filesOpen && <AttachmentsPanel ownerId={person.id} canWrite={props.canWrite} />}
      </Collapse>
    </Card>
  );
}
