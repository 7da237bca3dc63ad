// The activity's sales opportunity: pick one of the client's open ones, or (new activities) create one with it.
import { useQuery } from '@apollo/client/react';
import { Checkbox, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../lib/form-errors.ts';
import { ActivityOpportunityOptionsQuery } from '../api/activity-opportunity-options-query.ts';
import type { ActivityFormValues } from '../lib/activity-form.ts';

interface Props<Out> {
  form: UseFormReturn<ActivityFormValues, unknown, Out>;
  creating: boolean;
}

export function ActivityOpportunityFields<Out>({ form, creating }: Props<Out>) {
  const { t } = useTranslation();
  const { control, register, formState, setValue } = form;
  const clientId = useWatch({ control, name: 'clientId' });
  const enabled = useWatch({ control, name: 'newOpportunity.enabled' });
  const { data } = useQuery(ActivityOpportunityOptionsQuery, {
    variables: { clientId: clientId ?? '' },
    skip: !clientId,
  });
  const options = data?.opportunities.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const currencies = data?.currencies.map((c) => c.code) ?? [];
  const base = data?.currencies.find((c) => c.isBase)?.code ?? currencies[0] ?? 'EUR';
  return (
    <Stack gap="xs">
      {!(creating && enabled) && (
        <Controller
          control={control}
          name="opportunityId"
          render={({ field }) => (
            <Select
              label={t('activity.fields.opportunity')}
              data={options}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              clearable
              disabled={!clientId}
              nothingFoundMessage={t('common.nothingFound')}
              error={fieldError(t, formState.errors.opportunityId)}
            />
          )}
        />
      )}
      {creating && (
        <Checkbox
          label={t('activity.fields.newOpportunity')}
          disabled={!clientId}
          {...register('newOpportunity.enabled', {
            onChange: () => {
              if (!form.getValues('newOpportunity.currency')) setValue('newOpportunity.currency', base);
              setValue('opportunityId', null);
            },
          })}
        />
      )}
      {creating && enabled && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('activity.fields.opportunityName')} withAsterisk {...register('newOpportunity.name')} />
          <TextInput
            label={t('activity.fields.opportunityAmount')}
            withAsterisk
            inputMode="decimal"
            {...register('newOpportunity.amount')}
          />
          <Controller
            control={control}
            name="newOpportunity.currency"
            render={({ field }) => (
              <Select
                label={t('activity.fields.opportunityCurrency')}
                data={currencies}
                value={field.value || base}
                onChange={(v) => field.onChange(v ?? base)}
                allowDeselect={false}
              />
            )}
          />
        </SimpleGrid>
      )}
      {formState.errors.newOpportunity && (
        <Text size="sm" c="red" role="alert">
          {fieldError(t, formState.errors.newOpportunity as { message?: string })}
        </Text>
      )}
    </Stack>
  );
}
