// Soft delete and restore of a client, and deletion of a contact person, with toasts.
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { ClientDetailQuery } from '../api/client-detail-query.ts';
import { SoftDeleteClientMutation } from '../api/delete-client-mutation.ts';
import { DeleteContactPersonMutation } from '../api/delete-person-mutation.ts';
import { RestoreDeletedClientMutation } from '../api/restore-client-mutation.ts';
import { UpdateContactPersonMutation } from '../api/update-person-mutation.ts';
import type { ClientPersonLink } from './use-client-detail.ts';

/** Runs a mutation and reports success or the translated failure; resolves to whether it worked. */
function useReported() {
  const { t } = useTranslation();
  return async (run: () => Promise<unknown>, successKey: string) => {
    try {
      await run();
      notifySuccess(t(successKey));
      return true;
    } catch (error) {
      notifyError(errorText(t, error));
      return false;
    }
  };
}

export function useClientLifecycle(clientId: string) {
  const reported = useReported();
  const refetchQueries = [{ query: ClientDetailQuery, variables: { id: clientId } }];
  const [remove, removing] = useMutation(SoftDeleteClientMutation);
  const [restore, restoring] = useMutation(RestoreDeletedClientMutation);
  const [removePerson, removingPerson] = useMutation(DeleteContactPersonMutation, { refetchQueries });
  const [updatePerson, unlinking] = useMutation(UpdateContactPersonMutation, { refetchQueries });
  /** Keeps the person at their other clients; the API replaces the whole list of links. */
  const unlinkPerson = ({ person }: ClientPersonLink) => {
    const clients = person.clients
      .filter((l) => l.client.id !== clientId)
      .map((l) => ({ clientId: l.client.id, role: l.role, isPrimary: l.isPrimary }));
    const input = { clients };
    return reported(
      () => updatePerson({ variables: { id: person.id, version: person.version, input } }),
      'person.unlinked',
    );
  };
  return {
    deleteClient: (version: number) =>
      reported(() => remove({ variables: { id: clientId, version } }), 'client.deleted'),
    restoreClient: () => reported(() => restore({ variables: { id: clientId } }), 'client.restored'),
    deletePerson: (id: string, version: number) =>
      reported(() => removePerson({ variables: { id, version } }), 'person.deleted'),
    unlinkPerson,
    busy: removing.loading || restoring.loading || removingPerson.loading || unlinking.loading,
  };
}
