// "Add to another firm" on a person's relations (seed 003: a person works for several firms): pick the client, give
// the person's function there.
import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { LinkPersonToClientInput } from '@veza/shared';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { shapedResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { ClientDetailQuery } from '../api/client-detail-query.ts';
import { LinkPersonToClientMutation } from '../api/link-person-to-client-mutation.ts';
import { FirmPicker } from './firm-picker.tsx';

interface Props {
  person: { id: string; fullName: string; clients: readonly { client: { id: string } }[] };
  /** The client page the person is shown on (refreshed after the link). */
  clientId: string;
  opened: boolean;
  onClose: () => void;
}

type Values = { clientId: string | null; role: string };

function FirmForm({ person, clientId, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const [link] = useMutation(LinkPersonToClientMutation, {
    refetchQueries: [{ query: ClientDetailQuery, variables: { id: clientId } }],
    awaitRefetchQueries: true,
  });
  const form = useForm<Values, unknown, LinkPersonToClientInput>({
    resolver: shapedResolver(LinkPersonToClientInput, (v: Values) => ({
      ...v,
      clientId: v.clientId ?? '',
      personId: person.id,
    })),
    defaultValues: { clientId: null, role: '' },
  });
  const submit = useFormSubmit({
    form,
    fields: ['clientId', 'role'],
    save: (input) => link({ variables: { input } }),
    successMessage: t('seedDetails.linked'),
    onClose,
  });
  const errors = form.formState.errors;
  return (
    <FormShell submit={submit} submitLabel={t('seedDetails.addFirm')}>
      <Controller
        control={form.control}
        name="clientId"
        render={({ field }) => (
          <FirmPicker
            label={t('seedDetails.firm')}
            value={field.value}
            onChange={field.onChange}
            exclude={person.clients.map((l) => l.client.id)}
            error={fieldError(t, errors.clientId)}
          />
        )}
      />
      <TextInput label={t('person.fields.function')} {...form.register('role')} error={fieldError(t, errors.role)} />
    </FormShell>
  );
}

export function PersonFirmModal(props: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={props.opened}
      onClose={props.onClose}
      title={t('seedDetails.firmTitle', { name: props.person.fullName })}
    >
      <FirmForm person={props.person} clientId={props.clientId} onClose={props.onClose} />
    </FormModal>
  );
}
