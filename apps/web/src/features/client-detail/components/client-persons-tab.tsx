// Contact persons tab: the client's people with add, edit, remove-from-client and delete.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useClientLifecycle } from '../hooks/use-client-lifecycle.ts';
import type { ClientDetail, ClientPersonLink } from '../hooks/use-client-detail.ts';
import { PersonCard, type PersonExtras } from './person-card.tsx';
import { LinkPersonModal } from './link-person-modal.tsx';
import { PersonFormModal } from './person-form-modal.tsx';

interface Props {
  client: ClientDetail;
  canWrite: boolean;
  canDelete: boolean;
  personExtras?: PersonExtras;
}

export function ClientPersonsTab({ client, canWrite, canDelete, personExtras }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ personId: string | null } | null>(null);
  const [removing, setRemoving] = useState<ClientPersonLink | null>(null);
  const [linking, setLinking] = useState(false);
  const { deletePerson, unlinkPerson, busy } = useClientLifecycle(client.id);
  // The link is looked up on every render so a reload after CONFLICT hands the form the new version.
  const editingLink = client.persons.find((l) => l.person.id === editing?.personId) ?? null;
  const unlink = removing ? removing.person.clients.some((l) => l.client.id !== client.id) : false;

  const confirmRemove = async () => {
    if (!removing) return;
    const ok = unlink ? await unlinkPerson(removing) : await deletePerson(removing.person.id, removing.person.version);
    if (ok) setRemoving(null);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t('person.count', { count: client.persons.length })}
        </Text>
        {canWrite && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setLinking(true)}>
              {t('seedDetails.linkExisting')}
            </Button>
            <Button onClick={() => setEditing({ personId: null })}>{t('person.create')}</Button>
          </Group>
        )}
      </Group>
      {client.persons.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          {t('person.empty')}
        </Text>
      )}
      {client.persons.map((link) => (
        <PersonCard
          key={link.person.id}
          link={link}
          clientId={client.id}
          canWrite={canWrite}
          canDelete={canDelete}
          onEdit={() => setEditing({ personId: link.person.id })}
          onRemove={() => setRemoving(link)}
          extras={personExtras}
          address={{
            firm: client.name,
            street: client.street,
            postalCode: client.postalCode,
            city: client.city,
            country: client.country,
          }}
        />
      ))}
      <PersonFormModal
        clientId={client.id}
        link={editingLink}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <LinkPersonModal
        clientId={client.id}
        linkedIds={client.persons.map((l) => l.person.id)}
        opened={linking}
        onClose={() => setLinking(false)}
      />
      <ConfirmDialog
        opened={removing !== null}
        title={unlink ? t('person.unlinkTitle') : t('person.deleteTitle')}
        confirmLabel={unlink ? t('person.unlink') : t('common.delete')}
        loading={busy}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(null)}
      >
        {unlink
          ? t('person.unlinkBody', { name: removing?.person.fullName ?? '', client: client.name })
          : t('person.deleteBody', { name: removing?.person.fullName ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}
