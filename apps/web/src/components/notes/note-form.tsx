// The text box for a new note or an edit of one's own note (form kit: shared zod schema, server errors on the field,
// a stale version offers a reload). A new note's box starts empty again by being mounted afresh after each note.
import { Checkbox, Textarea } from '@mantine/core';
import { NoteText } from '@veza/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormShell } from '../form-modal.tsx';
import { fieldError } from '../../lib/form-errors.ts';
import { schemaResolver } from '../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../lib/use-form-submit.ts';

const NoteFormSchema = z.object({ text: NoteText, pinned: z.boolean() });
type Out = z.output<typeof NoteFormSchema>;
const resolver = schemaResolver(NoteFormSchema);
const FIELDS = ['text', 'pinned'] as const;

interface Props {
  initial?: { text: string; pinned: boolean };
  submitLabel: string;
  onSubmit: (values: Out) => Promise<unknown>;
  onCancel?: () => void;
  /** Reloads the note after a stale-version conflict. */
  onReload?: () => void;
}

function NoteFormBody({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  onReload,
  onSaved,
}: Props & { onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ resolver, defaultValues: initial ?? { text: '', pinned: false } });
  const submit = useFormSubmit({ form, fields: FIELDS, save: onSubmit, onClose: onCancel ?? onSaved, onSaved });
  return (
    <FormShell submit={submit} onReload={onReload} submitLabel={submitLabel} noCancel={!onCancel}>
      <Textarea
        label={initial ? t('notes.editLabel') : t('notes.newLabel')}
        autosize
        minRows={3}
        {...form.register('text')}
        error={fieldError(t, form.formState.errors.text)}
      />
      {!initial && <Checkbox label={t('notes.pinNew')} {...form.register('pinned')} />}
    </FormShell>
  );
}

export function NoteForm(props: Props) {
  const [round, setRound] = useState(0);
  return <NoteFormBody key={round} {...props} onSaved={() => setRound((r) => r + 1)} />;
}
