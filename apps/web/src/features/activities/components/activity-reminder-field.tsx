// The activity's own reminder lead time: empty keeps the owner's default, 0 turns the reminder off.
import { NumberInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../lib/form-errors.ts';
import type { ActivityFormValues } from '../lib/activity-form.ts';

export function ActivityReminderField<Out>({ form }: { form: UseFormReturn<ActivityFormValues, unknown, Out> }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={form.control}
      name="reminderMinutes"
      render={({ field }) => (
        <NumberInput
          label={t('reminders.leadTime')}
          description={t('reminders.leadTimeHint')}
          min={0}
          max={10080}
          allowDecimal={false}
          allowNegative={false}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldError(t, form.formState.errors.reminderMinutes)}
        />
      )}
    />
  );
}
