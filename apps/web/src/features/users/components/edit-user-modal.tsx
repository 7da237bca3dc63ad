// Modal form that edits a user; switching "active" off asks for confirmation, a stale version offers a reload.
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { UpdateUserInput } from '@veza/shared';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { applyApiErrors } from '../../../lib/form-errors.ts';
import { hasErrorCode } from '../../../lib/graphql-errors.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { UpdateUserMutation } from '../api/update-user-mutation.ts';
import { UserQuery } from '../api/user-query.ts';
import type { UserRow } from '../hooks/use-users.ts';
import { updateUserResolver, USER_FORM_FIELDS, type UserFormValues } from './user-form.ts';
import { UserFormFields } from './user-form-fields.tsx';

function toFormValues(user: UserRow): UserFormValues {
  return {
    name: user.name,
    email: user.email,
    password: '',
    locale: user.locale,
    timeZone: user.timeZone,
    profileIds: user.profiles.map((p) => p.id),
    active: user.active,
  };
}

export function EditUserModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [pending, setPending] = useState<UpdateUserInput | null>(null);
  const [updateUser, { loading }] = useMutation(UpdateUserMutation);
  const form = useForm<UserFormValues, unknown, UpdateUserInput>({ resolver: updateUserResolver });

  useEffect(() => {
    if (user) form.reset(toFormValues(user));
    // Reset when another record is opened or the same one was reloaded with a new version.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user?.id, user?.version]);

  const close = () => {
    setFormError(null);
    setConflict(false);
    setPending(null);
    onClose();
  };

  const save = async (input: UpdateUserInput) => {
    if (!user) return;
    setFormError(null);
    setPending(null);
    try {
      await updateUser({ variables: { id: user.id, version: user.version, input } });
      notifySuccess(t('users.saved'));
      close();
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) setConflict(true);
      else setFormError(applyApiErrors(t, error, form.setError, USER_FORM_FIELDS));
    }
  };

  const onSubmit = form.handleSubmit((input) => {
    if (user?.active && input.active === false) setPending(input);
    else void save(input);
  });

  const reload = async () => {
    if (!user) return;
    await client.query({ query: UserQuery, variables: { id: user.id }, fetchPolicy: 'network-only' });
    setConflict(false);
  };

  return (
    <>
      <Modal opened={user !== null && pending === null} onClose={close} title={t('users.editTitle')} size="lg">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            {conflict && <ConflictAlert onReload={() => void reload()} />}
            <ErrorAlert message={formError} />
            <UserFormFields form={form} mode="edit" />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConfirmDialog
        opened={pending !== null}
        title={t('users.disableTitle')}
        confirmLabel={t('users.disable')}
        loading={loading}
        onConfirm={() => pending && void save(pending)}
        onCancel={() => setPending(null)}
      >
        {t('users.disableBody', { name: user?.name ?? '' })}
      </ConfirmDialog>
    </>
  );
}
