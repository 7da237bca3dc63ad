// Modal form that creates a user.
import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { CreateUserInput } from '@veza/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { applyApiErrors } from '../../../lib/form-errors.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { CreateUserMutation } from '../api/create-user-mutation.ts';
import { UsersQuery } from '../api/users-query.ts';
import { createUserResolver, EMPTY_USER, USER_FORM_FIELDS, type UserFormValues } from './user-form.ts';
import { UserFormFields } from './user-form-fields.tsx';

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [createUser, { loading }] = useMutation(CreateUserMutation, { refetchQueries: [UsersQuery] });
  const form = useForm<UserFormValues, unknown, CreateUserInput>({
    resolver: createUserResolver,
    defaultValues: EMPTY_USER,
  });

  const close = () => {
    form.reset(EMPTY_USER);
    setFormError(null);
    onClose();
  };

  const onSubmit = form.handleSubmit(async (input) => {
    setFormError(null);
    try {
      await createUser({ variables: { input } });
      notifySuccess(t('users.created'));
      close();
    } catch (error) {
      setFormError(applyApiErrors(t, error, form.setError, USER_FORM_FIELDS));
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('users.createTitle')} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <ErrorAlert message={formError} />
          <UserFormFields form={form} mode="create" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('users.submitCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
