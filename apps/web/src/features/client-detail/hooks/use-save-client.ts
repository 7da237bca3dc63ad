// Submits the client form through the form kit: create or update, then to the client's page; field errors and
// attribute errors onto the form, CONFLICT as a flag with a reload.
import { useMutation } from '@apollo/client/react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { CreateClientRecordMutation } from '../api/create-client-mutation.ts';
import { UpdateClientRecordMutation } from '../api/update-client-mutation.ts';
import { applyAttributeErrors } from '../components/attribute-errors.ts';
import {
  CLIENT_FORM_FIELDS,
  type ClientFormValues,
  type CreateClientOutput,
  type UpdateClientOutput,
} from '../components/client-form.ts';
import type { ClientDetail } from './use-client-detail.ts';

export type ClientFormOutput = CreateClientOutput | UpdateClientOutput;

/** A new client's form may decide where to go after saving (save and open / add an activity / new). */
export function useSaveClient(
  client: ClientDetail | null,
  form: UseFormReturn<ClientFormValues, unknown, ClientFormOutput>,
  onCreated?: (id: string) => void,
) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create] = useMutation(CreateClientRecordMutation);
  const [update] = useMutation(UpdateClientRecordMutation);
  // The form's resolver is the update or the create schema, fixed for the form's life (it remounts per record).
  const save = async (input: ClientFormOutput) => {
    if (client) {
      await update({ variables: { id: client.id, version: client.version, input: input as UpdateClientOutput } });
      void navigate(`/clients/${client.id}`);
    } else {
      const { data } = await create({ variables: { input: input as CreateClientOutput } });
      if (!data) return;
      if (onCreated) onCreated(data.createClient.id);
      else void navigate(`/clients/${data.createClient.id}`);
    }
  };
  return useFormSubmit({
    form,
    fields: CLIENT_FORM_FIELDS,
    save,
    successMessage: client ? t('client.saved') : t('client.created'),
    onClose: () => void navigate(client ? `/clients/${client.id}` : '/clients'),
    onSaved: () => undefined,
    onServerError: (error) => applyAttributeErrors(error, form.setError),
  });
}
