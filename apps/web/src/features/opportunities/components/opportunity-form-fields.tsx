// The opportunity form's money and pipeline fields: amount, currency, stage (new only), close date, probability,
// lead source.
import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { CreateOpportunityInput } from '@veza/shared';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { fieldError } from '../../../lib/form-errors.ts';
import type { useOpportunityOptions } from '../hooks/use-opportunity-options.ts';
import type { OpportunityFormValues } from '../lib/opportunity-resolver.ts';
import { DateInput } from '../../../components/date-input.tsx';

export type OpportunityForm = UseFormReturn<OpportunityFormValues, unknown, z.output<typeof CreateOpportunityInput>>;

interface Props {
  form: OpportunityForm;
  options: ReturnType<typeof useOpportunityOptions>;
  /** A new opportunity picks its first stage; an existing one moves on the board. */
  withStage: boolean;
}

export function OpportunityFormFields({ form, options, withStage }: Props) {
  const { t } = useTranslation();
  const errors = form.formState.errors;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        label={t('opportunities.fields.amount')}
        withAsterisk
        inputMode="decimal"
        {...form.register('amount')}
        error={fieldError(t, errors.amount)}
      />
      <Controller
        control={form.control}
        name="currency"
        render={({ field }) => (
          <Select
            label={t('opportunities.fields.currency')}
            withAsterisk
            data={options.currencies}
            value={field.value}
            onChange={(v) => field.onChange(v ?? '')}
            error={fieldError(t, errors.currency)}
            allowDeselect={false}
          />
        )}
      />
      {withStage && (
        <Controller
          control={form.control}
          name="stageId"
          render={({ field }) => (
            <Select
              label={t('opportunities.fields.stage')}
              data={options.openStages}
              value={field.value ?? null}
              onChange={field.onChange}
              placeholder={options.openStages[0]?.label}
              clearable
              error={fieldError(t, errors.stageId)}
            />
          )}
        />
      )}
      <Controller
        control={form.control}
        name="expectedCloseOn"
        render={({ field }) => (
          <DateInput
            label={t('opportunities.fields.expectedCloseOn')}
            value={field.value ?? ''}
            onChange={(e) => field.onChange(e.currentTarget.value || null)}
            error={fieldError(t, errors.expectedCloseOn)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="probability"
        render={({ field }) => (
          <NumberInput
            label={t('opportunities.fields.probability')}
            description={t('opportunities.form.probabilityHint')}
            min={0}
            max={100}
            allowDecimal={false}
            value={field.value ?? ''}
            onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
            error={fieldError(t, errors.probability)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="leadSourceId"
        render={({ field }) => (
          <Select
            label={t('opportunities.fields.leadSource')}
            data={options.leadSources}
            value={field.value ?? null}
            onChange={field.onChange}
            clearable
            error={fieldError(t, errors.leadSourceId)}
          />
        )}
      />
    </SimpleGrid>
  );
}
