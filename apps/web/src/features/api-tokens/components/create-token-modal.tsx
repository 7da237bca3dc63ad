// Modal form that creates an API token (name and optional expiry day) and hands the secret back.
import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { CreateApiTokenInput } from '@veza/shared';
import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { applyApiErrors, fieldError } from '../../../lib/form-errors.ts';
import { ApiTokensQuery } from '../api/api-tokens-query.ts';
import { CreateApiTokenMutation } from '../api/create-api-token-mutation.ts';

interface FormValues {
  name: string;
  /** yyyy-mm-dd from the date input, '' for "never expires" */
  expiresAt: string;
}
type Output = z.output<typeof CreateApiTokenInput>;

const innerResolver = zodResolver(CreateApiTokenInput) as unknown as Resolver<never, unknown, Output>;

/** The token stays valid through the chosen day, in the browser's time zone. */
const resolver: Resolver<FormValues, unknown, Output> = (values, context, options) =>
  innerResolver(
    { name: values.name, expiresAt: values.expiresAt ? new Date(`${values.expiresAt}T23:59:59`) : null } as never,
    context,
    options as never,
  );

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (secret: string) => void;
}

export function CreateTokenModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateApiTokenMutation, { refetchQueries: [ApiTokensQuery] });
  const form = useForm<FormValues, unknown, Output>({ resolver, defaultValues: { name: '', expiresAt: '' } });
  const errors = form.formState.errors;

  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };

  const onSubmit = form.handleSubmit(async ({ name, expiresAt }) => {
    setFormError(null);
    try {
      const { data } = await create({ variables: { name, expiresAt: expiresAt ? expiresAt.toISOString() : null } });
      close();
      if (data) onCreated(data.createApiToken.secret);
    } catch (error) {
      setFormError(applyApiErrors(t, error, form.setError, ['name', 'expiresAt']));
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('apiTokens.createTitle')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <ErrorAlert message={formError} />
          <TextInput
            label={t('apiTokens.fields.name')}
            description={t('apiTokens.fields.nameHint')}
            required
            {...form.register('name')}
            error={fieldError(t, errors.name)}
          />
          <TextInput
            label={t('apiTokens.fields.expiresAt')}
            description={t('apiTokens.fields.expiresAtHint')}
            type="date"
            {...form.register('expiresAt')}
            error={fieldError(t, errors.expiresAt)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('apiTokens.submitCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
