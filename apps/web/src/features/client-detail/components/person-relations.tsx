// A person's relations (seed 003): the other firms they work for (with their function there) and related persons,
// with add and remove for users who may edit clients.
import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifyError } from '../../../lib/notify.ts';
import { describeError, apiErrors } from '../../../lib/graphql-errors.ts';
import { RemovePersonRelationMutation } from '../api/remove-person-relation-mutation.ts';
import type { ClientPersonLink } from '../hooks/use-client-detail.ts';
import { PersonFirmModal } from './person-firm-modal.tsx';
import { PersonRelationModal } from './person-relation-modal.tsx';

interface Props {
  person: ClientPersonLink['person'];
  clientId: string;
  canWrite: boolean;
}

export function PersonRelations({ person, clientId, canWrite }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [addingFirm, setAddingFirm] = useState(false);
  const [remove, { loading }] = useMutation(RemovePersonRelationMutation);
  const otherFirms = person.clients.filter((l) => l.client.id !== clientId);
  const removeRelation = async (id: string) => {
    try {
      await remove({ variables: { id } });
    } catch (error) {
      notifyError(
        apiErrors(error)
          .map((e) => describeError(t, e))
          .join(' '),
      );
    }
  };
  return (
    <Stack gap="xs" mt="xs" aria-label={t('seedDetails.relationsOf', { name: person.fullName })} role="group">
      <Text size="sm" fw={600}>
        {t('seedDetails.otherFirms')}
      </Text>
      {otherFirms.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('seedDetails.noOtherFirms')}
        </Text>
      )}
      {otherFirms.map((l) => (
        <Text size="sm" key={l.client.id}>
          <Anchor component={Link} to={`/clients/${l.client.id}`}>
            {l.client.name}
          </Anchor>
          {l.role ? ` · ${l.role}` : ''}
        </Text>
      ))}
      <Text size="sm" fw={600}>
        {t('seedDetails.relatedPersons')}
      </Text>
      {person.relations.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('seedDetails.noRelations')}
        </Text>
      )}
      {person.relations.map((r) => (
        <Group key={r.id} gap="xs" wrap="nowrap">
          <Text size="sm">
            {r.kind}: <b>{r.person.fullName}</b>
          </Text>
          {canWrite && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              loading={loading}
              onClick={() => void removeRelation(r.id)}
              aria-label={t('seedDetails.removeRelation', { kind: r.kind, name: r.person.fullName })}
            >
              {t('seedDetails.remove')}
            </Button>
          )}
        </Group>
      ))}
      {canWrite && (
        <Group>
          <Button size="xs" variant="light" onClick={() => setAddingFirm(true)}>
            {t('seedDetails.addFirm')}
          </Button>
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('seedDetails.addRelation')}
          </Button>
        </Group>
      )}
      <PersonRelationModal person={person} opened={adding} onClose={() => setAdding(false)} />
      <PersonFirmModal person={person} clientId={clientId} opened={addingFirm} onClose={() => setAddingFirm(false)} />
    </Stack>
  );
}
