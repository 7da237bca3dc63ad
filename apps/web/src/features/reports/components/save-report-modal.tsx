// Saves the builder's definition and chart as a template: a name, shared with everyone or private, pinned or not.
import { useMutation } from '@apollo/client/react';
import { Checkbox, TextInput } from '@mantine/core';
import { SavedReportInput, type ReportChart, type ReportDefinition } from '@veza/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { shapedResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { CreateSavedReportMutation } from '../api/create-saved-report-mutation.ts';
import { SavedReportsQuery } from '../api/saved-reports-query.ts';

interface FormValues {
  name: string;
  shared: boolean;
  pinned: boolean;
}

type Props = { opened: boolean; onClose: () => void; definition: ReportDefinition; chart: ReportChart };

function SaveReportForm({ onClose, definition, chart }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const [create] = useMutation(CreateSavedReportMutation, { refetchQueries: [SavedReportsQuery] });
  const resolver = shapedResolver(SavedReportInput, (v: FormValues) => ({ ...v, chart, definition }));
  const form = useForm({ resolver, defaultValues: { name: '', shared: false, pinned: false } });
  const errors = form.formState.errors;
  const submit = useFormSubmit({
    form,
    fields: ['name'],
    save: async ({ name, shared, pinned }) => {
      await create({ variables: { input: { name, shared, pinned, chart, definition } } });
    },
    successMessage: t('reportBuilder.saved'),
    onClose,
  });
  return (
    <FormShell submit={submit} submitLabel={t('reportBuilder.save')}>
      <TextInput
        label={t('reportBuilder.name')}
        required
        {...form.register('name')}
        error={fieldError(t, errors.name)}
      />
      <Checkbox label={t('reportBuilder.shared')} {...form.register('shared')} />
      <Checkbox label={t('reportBuilder.pinned')} {...form.register('pinned')} />
    </FormShell>
  );
}

export function SaveReportModal({ opened, onClose, definition, chart }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('reportBuilder.saveTitle')}>
      <SaveReportForm onClose={onClose} definition={definition} chart={chart} />
    </FormModal>
  );
}
