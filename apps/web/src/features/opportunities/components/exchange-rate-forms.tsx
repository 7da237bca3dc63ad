// The exchange-rate page's two forms (form kit): import a central bank's daily file the administrator downloaded,
// and enter one rate by hand.
import { useMutation } from '@apollo/client/react';
import { Card, FileInput, Select, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { SetExchangeRateInput } from '@veza/shared';
import type { ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormShell, type SubmitState } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { schemaResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { ImportExchangeRatesMutation } from '../api/import-exchange-rates-mutation.ts';
import { SetExchangeRateMutation } from '../api/set-exchange-rate-mutation.ts';
import { todayIso } from '../lib/money.ts';
import { DateInput } from '../../../components/date-input.tsx';

const FORMATS = ['ECB', 'NBP', 'CNB'] as const;
type ImportValues = { format: (typeof FORMATS)[number]; file: File | null };
// The request body is limited to 1 MB; daily files are a few kB.
const MAX_FILE = 900_000;

/** An always-open form in a titled card: the title names the form, no Cancel. */
function FormCard(props: {
  title: string;
  submit: SubmitState;
  submitLabel?: string;
  submitDisabled?: boolean;
  children: ReactNode;
}) {
  const { title, children, ...shell } = props;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      <FormShell {...shell} noCancel label={title}>
        {children}
      </FormShell>
    </Card>
  );
}

export function ImportCard({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [run] = useMutation(ImportExchangeRatesMutation);
  const form = useForm<ImportValues>({ defaultValues: { format: 'ECB', file: null } });
  const file = useWatch({ control: form.control, name: 'file' });
  const submit = useFormSubmit({
    form,
    fields: ['format', 'file'],
    save: async (values) => {
      if (!values.file) return;
      const res = await run({ variables: { format: values.format, content: await values.file.text() } });
      const r = res.data!.importExchangeRates;
      notifySuccess(t('opportunities.rates.imported', { n: r.imported, days: r.dates.length }));
    },
    onClose: onDone,
  });
  return (
    <FormCard
      title={t('opportunities.rates.importTitle')}
      submit={submit}
      submitLabel={t('opportunities.rates.import')}
      submitDisabled={!file}
    >
      <Text size="sm" c="dimmed">
        {t('opportunities.rates.importHint')}
      </Text>
      <Controller
        control={form.control}
        name="format"
        render={({ field }) => (
          <Select
            label={t('opportunities.rates.format')}
            value={field.value}
            allowDeselect={false}
            onChange={(v) => field.onChange(v ?? 'ECB')}
            data={FORMATS.map((f) => ({ value: f, label: t(`opportunities.rates.formats.${f}`) }))}
          />
        )}
      />
      <Controller
        control={form.control}
        name="file"
        rules={{ validate: (f) => !f || f.size <= MAX_FILE || 'opportunities.rates.tooLarge' }}
        render={({ field, fieldState }) => (
          <FileInput
            label={t('opportunities.rates.file')}
            value={field.value}
            onChange={field.onChange}
            accept=".xml,.csv,.json,.txt"
            clearable
            error={fieldError(t, fieldState.error)}
          />
        )}
      />
    </FormCard>
  );
}

const FIELDS = ['currency', 'date', 'rate'] as const;
const resolver = schemaResolver(SetExchangeRateInput);

export function ManualRateCard({ currencies, onDone }: { currencies: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [save] = useMutation(SetExchangeRateMutation);
  const form = useForm({ resolver, defaultValues: { currency: currencies[0] ?? '', date: todayIso(), rate: '' } });
  const errors = form.formState.errors;
  const submit = useFormSubmit({
    form,
    fields: FIELDS,
    save: (input) => save({ variables: { input } }),
    successMessage: t('opportunities.rates.saved'),
    onClose: onDone,
  });
  return (
    <FormCard title={t('opportunities.rates.manualTitle')} submit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Controller
          control={form.control}
          name="currency"
          render={({ field }) => (
            <Select
              label={t('opportunities.fields.currency')}
              data={currencies}
              value={field.value}
              allowDeselect={false}
              onChange={(v) => field.onChange(v ?? '')}
              error={fieldError(t, errors.currency)}
            />
          )}
        />
        <DateInput
          label={t('opportunities.rates.date')}
          {...form.register('date')}
          error={fieldError(t, errors.date)}
        />
        <TextInput
          label={t('opportunities.rates.rate')}
          inputMode="decimal"
          {...form.register('rate')}
          error={fieldError(t, errors.rate)}
        />
      </SimpleGrid>
    </FormCard>
  );
}
