// The dialogs a drop on a closing stage (or a button) opens: won asks for confirmation, lost asks for the reason.
// Both are form-kit forms: the save workflow (error text, stale version → reload) is `useFormSubmit`'s.
import { Select, Text, Textarea } from '@mantine/core';
import { MarkOpportunityLostInput } from '@veza/shared';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { schemaResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';

interface Common {
  opened: boolean;
  name: string;
  onCancel: () => void;
  /** After a stale-version conflict: reload the opportunity (the dialog closes; the user decides again). */
  onReload?: () => void;
}

function WonForm({ name, onCancel, onReload, onConfirm }: Omit<Common, 'opened'> & { onConfirm: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const submit = useFormSubmit({ form, fields: [], save: () => onConfirm(), onClose: onCancel });
  return (
    <FormShell submit={submit} onReload={onReload} submitLabel={t('opportunities.won.confirm')} submitColor="green">
      <Text size="sm">{t('opportunities.won.body', { name })}</Text>
    </FormShell>
  );
}

export function WonDialog(props: Common & { onConfirm: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={props.opened} onClose={props.onCancel} title={t('opportunities.won.title')}>
      <WonForm {...props} />
    </FormModal>
  );
}

interface LostProps extends Common {
  reasons: { value: string; label: string }[];
  onConfirm: (reasonId: string, note: string | null) => Promise<void>;
}

const FIELDS = ['lostReasonId', 'note'] as const;
const resolver = schemaResolver(MarkOpportunityLostInput);

function LostForm({ name, reasons, onCancel, onReload, onConfirm }: Omit<LostProps, 'opened'>) {
  const { t } = useTranslation();
  const form = useForm({ resolver, defaultValues: { lostReasonId: '', note: '' } });
  const errors = form.formState.errors;
  const submit = useFormSubmit({
    form,
    fields: FIELDS,
    save: (input) => onConfirm(input.lostReasonId, input.note),
    onClose: onCancel,
  });
  return (
    <FormShell submit={submit} onReload={onReload} submitLabel={t('opportunities.lost.confirm')} submitColor="red">
      <Text size="sm">{t('opportunities.lost.body', { name })}</Text>
      <Controller
        control={form.control}
        name="lostReasonId"
        render={({ field }) => (
          <Select
            label={t('opportunities.lost.reason')}
            withAsterisk
            data={reasons}
            value={field.value || null}
            onChange={(v) => field.onChange(v ?? '')}
            error={fieldError(t, errors.lostReasonId)}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      />
      <Textarea
        label={t('opportunities.lost.note')}
        maxLength={2000}
        {...form.register('note')}
        error={fieldError(t, errors.note)}
      />
    </FormShell>
  );
}

export function LostDialog(props: LostProps) {
  const { t } = useTranslation();
  return (
    <FormModal opened={props.opened} onClose={props.onCancel} title={t('opportunities.lost.title')}>
      <LostForm {...props} />
    </FormModal>
  );
}
