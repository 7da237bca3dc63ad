// Modal form that creates an API token (name and optional expiry day) and hands the secret back.
import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { CreateApiTokenInput } from '@veza/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { shapedResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { ApiTokensQuery } from '../api/api-tokens-query.ts';
import { CreateApiTokenMutation } from '../api/create-api-token-mutation.ts';
import { DateInput } from '../../../components/date-input.tsx';

interface FormValues {
  name: string;
  /** yyyy-mm-dd from the date input, '' for "never expires" */
  expiresAt: string;
}

/** The token stays valid through the chosen day, in the browser's time zone. */
const resolver = shapedResolver(CreateApiTokenInput, (values: FormValues) => ({
  name: values.name,
  expiresAt: values.expiresAt ? new Date(`${values.expiresAt}T23:59:59`) : null,
}));

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (secret: string) => void;
}

function CreateTokenForm({ onClose, onCreated }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const [create] = useMutation(CreateApiTokenMutation, { refetchQueries: [ApiTokensQuery] });
  const form = useForm({ resolver, defaultValues: { name: '', expiresAt: '' } });
  const errors = form.formState.errors;
  const submit = useFormSubmit({
    form,
    fields: ['name', 'expiresAt'],
    save: async ({ name, expiresAt }) => {
      const { data } = await create({ variables: { name, expiresAt: expiresAt ? expiresAt.toISOString() : null } });
      if (data) onCreated(data.createApiToken.secret);
    },
    onClose,
  });
  return (
    <FormShell submit={submit} submitLabel={t('apiTokens.submitCreate')}>
      <TextInput
        label={t('apiTokens.fields.name')}
        description={t('apiTokens.fields.nameHint')}
        required
        {...form.register('name')}
        error={fieldError(t, errors.name)}
      />
      <DateInput
        label={t('apiTokens.fields.expiresAt')}
        description={t('apiTokens.fields.expiresAtHint')}
        {...form.register('expiresAt')}
        error={fieldError(t, errors.expiresAt)}
      />
    </FormShell>
  );
}

export function CreateTokenModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('apiTokens.createTitle')}>
      <CreateTokenForm onClose={onClose} onCreated={onCreated} />
    </FormModal>
  );
}
