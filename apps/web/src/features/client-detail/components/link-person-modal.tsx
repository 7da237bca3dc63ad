// "Link an existing person" on the client's persons tab (seed 003: a person works for several firms): pick a person
// by name or e-mail, give their function at this client.
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
import { PersonPicker } from './person-picker.tsx';

interface Props {
  clientId: string;
  /** The client's persons, not offered again. */
  linkedIds: readonly string[];
  opened: boolean;
  onClose: () => void;
}

type Values = { personId: string | null; role: string };

function LinkPersonForm({ clientId, linkedIds, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const [link] = useMutation(LinkPersonToClientMutation, {
    refetchQueries: [{ query: ClientDetailQuery, variables: { id: clientId } }],
    awaitRefetchQueries: true,
  });
  const form = useForm<Values, unknown, LinkPersonToClientInput>({
    resolver: shapedResolver(LinkPersonToClientInput, (v: Values) => ({ ...v, personId: v.personId ?? '', clientId })),
    defaultValues: { personId: null, role: '' },
  });
  const submit = useFormSubmit({
    form,
    fields: ['personId', 'role'],
    save: (input) => link({ variables: { input } }),
    successMessage: t('seedDetails.linked'),
    onClose,
  });
  const errors = form.formState.errors;
  return (
    <FormShell submit={submit} submitLabel={t('seedDetails.linkSubmit')}>
      <Controller
        control={form.control}
        name="personId"
        render={({ field }) => (
          <PersonPicker
            label={t('seedDetails.person')}
            value={field.value}
            onChange={field.onChange}
            exclude={linkedIds}
            error={fieldError(t, errors.personId)}
          />
        )}
      />
      <TextInput label={t('person.fields.function')} {...form.register('role')} error={fieldError(t, errors.role)} />
    </FormShell>
  );
}

export function LinkPersonModal(props: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={props.opened} onClose={props.onClose} title={t('seedDetails.linkTitle')}>
      <LinkPersonForm clientId={props.clientId} linkedIds={props.linkedIds} onClose={props.onClose} />
    </FormModal>
  );
}
