// Modal form that edits a user; switching "active" off asks for confirmation, a stale version offers a reload.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { recordKey } from '../../../lib/record-key.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
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
    managerId: user.manager?.id ?? null,
  };
}

function EditUserForm({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [updateUser] = useMutation(UpdateUserMutation);
  const form = useForm({ resolver: updateUserResolver, defaultValues: toFormValues(user) });
  const submit = useFormSubmit({
    form,
    fields: USER_FORM_FIELDS,
    save: (input) => updateUser({ variables: { id: user.id, version: user.version, input } }),
    successMessage: t('users.saved'),
    onClose,
    // Disabling ends the user's sessions: ask first.
    proceed: (input) => !(user.active && input.active === false),
  });
  // The reloaded user has a new version, so the modal mounts this form again with its values.
  const reload = () => void client.query({ query: UserQuery, variables: { id: user.id }, fetchPolicy: 'network-only' });
  return (
    <>
      <FormShell submit={submit} onReload={reload}>
        <UserFormFields form={form} mode="edit" userId={user.id} manager={user.manager} />
      </FormShell>
      <ConfirmDialog
        opened={submit.held}
        title={t('users.disableTitle')}
        confirmLabel={t('users.disable')}
        loading={submit.saving}
        onConfirm={() => void submit.confirm()}
        onCancel={submit.cancelHeld}
      >
        {t('users.disableBody', { name: user.name })}
      </ConfirmDialog>
    </>
  );
}

export function EditUserModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={user !== null}
      onClose={onClose}
      title={t('users.editTitle')}
      size="lg"
      formKey={recordKey(user)}
    >
      {user && <EditUserForm user={user} onClose={onClose} />}
    </FormModal>
  );
}
