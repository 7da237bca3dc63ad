// Notes tab: the client's note, edited in place (clients.write); a stale version offers a reload.
import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { UpdateClientInput } from '@veza/shared';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { applyApiErrors, fieldError } from '../../../lib/form-errors.ts';
import { hasErrorCode } from '../../../lib/graphql-errors.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { UpdateClientRecordMutation } from '../api/update-client-mutation.ts';
import type { ClientDetail } from '../hooks/use-client-detail.ts';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';

const NoteInput = UpdateClientInput.pick({ note: true });
type NoteIn = z.input<typeof NoteInput>;
type NoteOut = z.output<typeof NoteInput>;

interface Props {
  client: ClientDetail;
  editable: boolean;
  onReload: () => Promise<unknown>;
}

export function ClientNoteTab({ client, editable, onReload }: Props) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [update, { loading }] = useMutation(UpdateClientRecordMutation);
  const form = useForm<NoteIn, unknown, NoteOut>({
    resolver: zodResolver(NoteInput),
    defaultValues: { note: client.note ?? '' },
  });

  useEffect(() => {
    form.reset({ note: client.note ?? '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client.id, client.version]);

  const onSubmit = form.handleSubmit(async (input) => {
    setFormError(null);
    try {
      await update({ variables: { id: client.id, version: client.version, input } });
      notifySuccess(t('client.noteSaved'));
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) return setConflict(true);
      setFormError(applyApiErrors(t, error, form.setError, ['note']));
    }
  });

  if (!editable) {
    return <Text style={{ whiteSpace: 'pre-wrap' }}>{client.note || t('client.noNote')}</Text>;
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {conflict && <ConflictAlert onReload={() => void onReload().then(() => setConflict(false))} />}
        <ErrorAlert message={formError} />
        <Textarea
          label={t('client.fields.note')}
          rows={10}
          resize="vertical"
          {...form.register('note')}
          error={fieldError(t, form.formState.errors.note)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading} disabled={!form.formState.isDirty}>
            {t('client.saveNote')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
