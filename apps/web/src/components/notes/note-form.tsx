// The text box for a new note or an edit of one's own note (shared zod schema; server errors on the field).
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Stack, Textarea } from '@mantine/core';
import { NoteText } from '@veza/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../error-alert.tsx';
import { applyApiErrors, fieldError } from '../../lib/form-errors.ts';

const NoteFormSchema = z.object({ text: NoteText, pinned: z.boolean() });
type In = z.input<typeof NoteFormSchema>;
type Out = z.output<typeof NoteFormSchema>;

interface Props {
  initial?: { text: string; pinned: boolean };
  submitLabel: string;
  onSubmit: (values: Out) => Promise<unknown>;
  onCancel?: () => void;
}

export function NoteForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(NoteFormSchema),
    defaultValues: initial ?? { text: '', pinned: false },
  });
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
      if (!initial) form.reset({ text: '', pinned: false });
    } catch (error) {
      form.setError('root', { message: applyApiErrors(t, error, form.setError, ['text', 'pinned']) ?? undefined });
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <ErrorAlert message={form.formState.errors.root?.message} />
        <Textarea
          label={initial ? t('notes.editLabel') : t('notes.newLabel')}
          autosize
          minRows={3}
          {...form.register('text')}
          error={fieldError(t, form.formState.errors.text)}
        />
        <Group justify="space-between">
          {initial ? <span /> : <Checkbox label={t('notes.pinNew')} {...form.register('pinned')} />}
          <Group gap="xs">
            {onCancel && (
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            )}
            <Button type="submit" loading={form.formState.isSubmitting}>
              {submitLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
