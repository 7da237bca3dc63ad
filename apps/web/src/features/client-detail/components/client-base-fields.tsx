// Client form: kind, name, roles, address, country, tax id and registration number (checked as the user types).
import { Checkbox, Group, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { CLIENT_KINDS, CLIENT_ROLES } from '@veza/shared';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../lib/form-errors.ts';
import type { ClientFormValues } from './client-form.ts';
import { useCountryOptions } from './countries.ts';

interface Props<Out> {
  form: UseFormReturn<ClientFormValues, unknown, Out>;
}

/** Which number the tax id field holds in the chosen country. */
function taxIdHint(country: string | null): string {
  if (country === 'HR') return 'client.taxIdHint.HR';
  if (country === 'PL') return 'client.taxIdHint.PL';
  if (country === 'CZ') return 'client.taxIdHint.CZ';
  return 'client.taxIdHint.other';
}

/** Tax id and registration number; the hints and check digits follow the country. */
function TaxFields<Out>({ form, country }: Props<Out> & { country: string | null }) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const errors = formState.errors;
  const registrationHint =
    country === 'PL' ? t('client.registrationHint.PL') : country === 'CZ' ? t('client.registrationHint.CZ') : undefined;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        label={t('client.fields.taxId')}
        description={t(taxIdHint(country))}
        {...register('taxId')}
        error={fieldError(t, errors.taxId)}
      />
      <TextInput
        label={t('client.fields.registrationNo')}
        description={registrationHint}
        {...register('registrationNo')}
        error={fieldError(t, errors.registrationNo)}
      />
    </SimpleGrid>
  );
}

function KindField<Out>({ form }: Props<Out>) {
  const { t } = useTranslation();
  const control = form.control;
  return (
    <Controller
      control={control}
      name="kind"
      render={({ field }) => (
        <Radio.Group label={t('client.fields.kind')} required value={field.value} onChange={field.onChange}>
          <Group mt={4}>
            {CLIENT_KINDS.map((k) => (
              <Radio key={k} value={k} label={t(`client.kind.${k}`)} />
            ))}
          </Group>
        </Radio.Group>
      )}
    />
  );
}

function RolesField<Out>({ form }: Props<Out>) {
  const { t } = useTranslation();
  const control = form.control;
  return (
    <Controller
      control={control}
      name="roles"
      render={({ field }) => (
        <Checkbox.Group label={t('client.fields.roles')} value={field.value} onChange={field.onChange}>
          <Group mt={4}>
            {CLIENT_ROLES.map((r) => (
              <Checkbox key={r} value={r} label={t(`client.role.${r}`)} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
    />
  );
}

export function ClientBaseFields<Out>({ form }: Props<Out>) {
  const { t } = useTranslation();
  const { register, control, watch, trigger, getValues, formState } = form;
  const errors = formState.errors;
  const country = watch('country');
  const countries = useCountryOptions(country);

  const onCountryChange = (value: string | null, onChange: (v: string | null) => void) => {
    onChange(value);
    // The tax id's check digits depend on the country: re-check what is already typed.
    const touched = (['taxId', 'registrationNo'] as const).filter((f) => getValues(f));
    if (touched.length) void trigger(touched);
  };

  return (
    <Stack>
      <KindField form={form} />
      <TextInput label={t('client.fields.name')} required {...register('name')} error={fieldError(t, errors.name)} />
      <RolesField form={form} />
      <TextInput label={t('client.fields.street')} {...register('street')} error={fieldError(t, errors.street)} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('client.fields.postalCode')}
          {...register('postalCode')}
          error={fieldError(t, errors.postalCode)}
        />
        <TextInput label={t('client.fields.city')} {...register('city')} error={fieldError(t, errors.city)} />
        <Controller
          control={control}
          name="country"
          render={({ field }) => (
            <Select
              label={t('client.fields.country')}
              data={countries}
              searchable
              clearable
              nothingFoundMessage={t('common.nothingFound')}
              value={field.value}
              onChange={(value) => onCountryChange(value, field.onChange)}
              error={fieldError(t, errors.country)}
            />
          )}
        />
      </SimpleGrid>
      <TaxFields form={form} country={country} />
    </Stack>
  );
}
