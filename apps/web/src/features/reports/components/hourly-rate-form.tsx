// The form of one hourly rate (form kit): a colleague, optionally an activity type (else their general rate), the
// first day it applies and the rate per hour in the base currency. The shared schema checks it before sending.
import { useMutation } from '@apollo/client/react';
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { HourlyRateInput } from '@veza/shared';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { schemaResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { SetHourlyRateMutation } from '../api/set-hourly-rate-mutation.ts';
import { DateInput } from '../../../components/date-input.tsx';

export type RateOption = { value: string; label: string };

const FIELDS = ['userId', 'activityTypeId', 'validFrom', 'rate'] as const;
const resolver = schemaResolver(HourlyRateInput);

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function HourlyRateForm(props: {
  users: RateOption[];
  types: RateOption[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [save] = useMutation(SetHourlyRateMutation);
  const form = useForm({
    resolver,
    defaultValues: { userId: props.users[0]?.value ?? '', activityTypeId: null, validFrom: today(), rate: '' },
  });
  const errors = form.formState.errors;
  const submit = useFormSubmit({
    form,
    fields: FIELDS,
    save: (input) => save({ variables: { input } }),
    successMessage: t('hourlyRates.saved'),
    onClose: props.onClose,
    onSaved: props.onSaved,
  });
  return (
    <FormShell submit={submit}>
      <Controller
        control={form.control}
        name="userId"
        render={({ field }) => (
          <Select
            label={t('hourlyRates.user')}
            data={props.users}
            value={field.value || null}
            searchable
            allowDeselect={false}
            onChange={(v) => field.onChange(v ?? '')}
            error={fieldError(t, errors.userId)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="activityTypeId"
        render={({ field }) => (
          <Select
            label={t('hourlyRates.type')}
            placeholder={t('hourlyRates.general')}
            data={props.types}
            value={field.value ?? null}
            clearable
            onChange={(v) => field.onChange(v)}
            error={fieldError(t, errors.activityTypeId)}
          />
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateInput
          label={t('hourlyRates.validFrom')}
          {...form.register('validFrom')}
          error={fieldError(t, errors.validFrom)}
        />
        <TextInput
          label={t('hourlyRates.rate')}
          inputMode="decimal"
          {...form.register('rate')}
          error={fieldError(t, errors.rate)}
        />
      </SimpleGrid>
    </FormShell>
  );
}
