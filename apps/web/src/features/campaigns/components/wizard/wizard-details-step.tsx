// Wizard step 3: name, description, period and whether the campaigns start right away or as drafts.
import { Group, Switch, TextInput, Textarea } from '@mantine/core';
import { CAMPAIGN_NAME_MAX } from '@veza/shared';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../../lib/form-errors.ts';
import type { WizardOutput, WizardValues } from '../../lib/wizard-form.ts';
import { WizardSection } from './wizard-section.tsx';
import { DateInput } from '../../../../components/date-input.tsx';

export function WizardDetailsStep({ form }: { form: UseFormReturn<WizardValues, unknown, WizardOutput> }) {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const { errors } = formState;
  return (
    <WizardSection step={3} title={t('campaigns.wizard.detailsTitle')} description={t('campaigns.wizard.detailsHint')}>
      <TextInput
        label={t('campaigns.fields.name')}
        withAsterisk
        maxLength={CAMPAIGN_NAME_MAX}
        {...register('name')}
        error={fieldError(t, errors.name)}
      />
      <Textarea
        label={t('campaigns.fields.description')}
        autosize
        minRows={2}
        maxRows={6}
        {...register('description')}
        error={fieldError(t, errors.description)}
      />
      <Group grow align="flex-start">
        <Controller
          control={control}
          name="start"
          render={({ field }) => (
            <DateInput
              label={t('campaigns.fields.start')}
              value={field.value ?? ''}
              onChange={(event) => field.onChange(event.currentTarget.value || null)}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldError(t, errors.start)}
            />
          )}
        />
        <Controller
          control={control}
          name="end"
          render={({ field }) => (
            <DateInput
              label={t('campaigns.fields.end')}
              value={field.value ?? ''}
              onChange={(event) => field.onChange(event.currentTarget.value || null)}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldError(t, errors.end)}
            />
          )}
        />
      </Group>
      <Controller
        control={control}
        name="status"
        render={({ field }) => (
          <Switch
            label={t('campaigns.wizard.draft')}
            description={t('campaigns.wizard.draftHint')}
            checked={field.value === 'DRAFT'}
            onChange={(event) => field.onChange(event.currentTarget.checked ? 'DRAFT' : 'ACTIVE')}
          />
        )}
      />
    </WizardSection>
  );
}
