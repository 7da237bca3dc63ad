// Notes tab: the client's note, edited in place (clients.write); a stale version offers a reload.
import { useMutation } from '@apollo/client/react';
import { Text, Textarea } from '@mantine/core';
import { UpdateClientInput } from '@veza/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { recordKey } from '../../../lib/record-key.ts';
import { schemaResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { UpdateClientRecordMutation } from '../api/update-client-mutation.ts';
import type { ClientDetail } from '../hooks/use-client-detail.ts';

const resolver = schemaResolver(UpdateClientInput.pick({ note: true }));

interface Props {
  client: ClientDetail;
  editable: boolean;
  onReload: () => Promise<unknown>;
}

function NoteForm({ client, onReload }: Omit<Props, 'editable'>) {
  const { t } = useTranslation();
  const [update] = useMutation(UpdateClientRecordMutation);
  const form = useForm({ resolver, defaultValues: { note: client.note ?? '' } });
  const submit = useFormSubmit({
    form,
    fields: ['note'],
    save: (input) => update({ variables: { id: client.id, version: client.version, input } }),
    successMessage: t('client.noteSaved'),
    onClose: () => undefined,
  });
  return (
    <FormShell
      submit={submit}
      onReload={() => void onReload()}
      submitLabel={t('client.saveNote')}
      noCancel
      submitDisabled={!form.formState.isDirty}
    >
      <Textarea
        label={t('client.fields.note')}
        rows={10}
        resize="vertical"
        {...form.register('note')}
        error={fieldError(t, form.formState.errors.note)}
      />
    </FormShell>
  );
}

/** The saved note's new version mounts the form again, so it is no longer "dirty". */
export function ClientNoteTab({ client, editable, onReload }: Props) {
  const { t } = useTranslation();
  if (!editable) return <Text style={{ whiteSpace: 'pre-wrap' }}>{client.note || t('client.noNote')}</Text>;
  return <NoteForm key={recordKey(client)} client={client} onReload={onReload} />;
}
