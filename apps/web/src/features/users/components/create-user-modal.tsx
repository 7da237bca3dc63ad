// Modal form that creates a user.
import { useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { CreateUserMutation } from '../api/create-user-mutation.ts';
import { UsersQuery } from '../api/users-query.ts';
import { createUserResolver, EMPTY_USER, USER_FORM_FIELDS } from './user-form.ts';
import { UserFormFields } from './user-form-fields.tsx';

function CreateUserForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [createUser] = useMutation(CreateUserMutation, { refetchQueries: [UsersQuery] });
  const form = useForm({ resolver: createUserResolver, defaultValues: EMPTY_USER });
  const submit = useFormSubmit({
    form,
    fields: USER_FORM_FIELDS,
    save: (input) => createUser({ variables: { input } }),
    successMessage: t('users.created'),
    onClose,
  });
  return (
    <FormShell submit={submit} submitLabel={t('users.submitCreate')}>
      <UserFormFields form={form} mode="create" />
    </FormShell>
  );
}

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('users.createTitle')} size="lg">
      <CreateUserForm onClose={onClose} />
    </FormModal>
  );
}
