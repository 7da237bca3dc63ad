// Submits the client form: create or update, field errors onto the form, CONFLICT as a flag with a reload.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { applyApiErrors } from '../../../lib/form-errors.ts';
import { hasErrorCode } from '../../../lib/graphql-errors.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { CreateClientRecordMutation } from '../api/create-client-mutation.ts';
import { UpdateClientRecordMutation } from '../api/update-client-mutation.ts';
import { applyAttributeErrors } from '../components/attribute-errors.ts';
import { CLIENT_FORM_FIELDS, type ClientFormValues, type CreateClientOutput } from '../components/client-form.ts';
import type { ClientDetail } from './use-client-detail.ts';

export function useSaveClient(
  client: ClientDetail | null,
  form: UseFormReturn<ClientFormValues, unknown, CreateClientOutput>,
  onReload?: () => Promise<unknown>,
) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [create, { loading: creating }] = useMutation(CreateClientRecordMutation);
  const [update, { loading: updating }] = useMutation(UpdateClientRecordMutation);

  const onSubmit = form.handleSubmit(async (input) => {
    setFormError(null);
    try {
      if (client) {
        await update({ variables: { id: client.id, version: client.version, input } });
        notifySuccess(t('client.saved'));
        void navigate(`/clients/${client.id}`);
      } else {
        const { data } = await create({ variables: { input } });
        notifySuccess(t('client.created'));
        if (data) void navigate(`/clients/${data.createClient.id}`);
      }
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) return setConflict(true);
      setFormError(applyApiErrors(t, error, form.setError, CLIENT_FORM_FIELDS));
      applyAttributeErrors(error, form.setError);
    }
  });

  const reload = async () => {
    await onReload?.();
    setConflict(false);
  };

  return { onSubmit, saving: creating || updating, formError, conflict, reload };
}
