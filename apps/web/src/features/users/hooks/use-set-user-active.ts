// Disables or enables a user from the table (keeps the record's version for optimistic locking).
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { UpdateUserMutation } from '../api/update-user-mutation.ts';
import type { UserRow } from './use-users.ts';

export function useSetUserActive() {
  const { t } = useTranslation();
  const [updateUser, { loading }] = useMutation(UpdateUserMutation);
  const setActive = async (user: UserRow, active: boolean) => {
    try {
      await updateUser({ variables: { id: user.id, version: user.version, input: { active } } });
      notifySuccess(active ? t('users.enabled') : t('users.disabled'));
    } catch (error) {
      notifyError(errorText(t, error));
    }
  };
  return { setActive, loading };
}
