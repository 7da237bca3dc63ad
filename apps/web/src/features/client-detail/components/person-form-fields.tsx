// The contact person form's inputs: names, function at the client, contacts, dates, consent, attributes (notes are a list on the person's card).
import { Checkbox, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AttributeFields, attributeFieldErrors } from '../../../components/attribute-field/attribute-fields.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import type { RecordAttributeDefinition } from '../hooks/use-record-attributes.ts';
import { listErrors } from './client-contact-fields.tsx';
import type { PersonFormValues } from './person-form.ts';
import { StringListField } from './string-list-field.tsx';
import { DateInput } from '../../../components/date-input.tsx';

interface Props<Out> {
  form: UseFormReturn<PersonFormValues, unknown, Out>;
  definitions: readonly RecordAttributeDefinition[];
}

function PersonContactFields<Out>({ form }: Props<Out>) {
  const { t } = useTranslation();
  const errors = form.formState.errors;
  const lists = [
    { name: 'phones', type: 'tel', legend: 'client.fields.phones', item: 'client.phoneN', add: 'client.addPhone' },
    { name: 'emails', type: 'email', legend: 'client.fields.emails', item: 'client.emailN', add: 'client.addEmail' },
  ] as const;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {lists.map((l) => {
        const e = listErrors(t, errors[l.name]);
        return (
          <Controller
            key={l.name}
            control={form.control}
            name={l.name}
            render={({ field }) => (
              <StringListField
                legend={t(l.legend)}
                itemLabel={(i) => t(l.item, { n: i + 1 })}
                addLabel={t(l.add)}
                type={l.type}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                rowErrors={e.rows}
                error={e.own}
              />
            )}
          />
        );
      })}
    </SimpleGrid>
  );
}

export function PersonFormFields<Out>({ form, definitions }: Props<Out>) {
  const { t } = useTranslation();
  const { register, control, watch, formState } = form;
  const errors = formState.errors;
  const text = (name: 'firstName' | 'lastName' | 'title' | 'jobTitle' | 'role', required = false) => (
    <TextInput
      label={t(`person.fields.${name}`)}
      required={required}
      {...register(name)}
      error={fieldError(t, errors[name])}
    />
  );
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {text('title')}
        {text('firstName', true)}
        {text('lastName', true)}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('jobTitle')}
        {text('role')}
      </SimpleGrid>
      <Checkbox label={t('person.fields.isPrimary')} {...register('isPrimary')} />
      <PersonContactFields form={form} definitions={definitions} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateInput
          label={t('person.fields.birthday')}
          {...register('birthday')}
          error={fieldError(t, errors.birthday)}
        />
        <TextInput
          label={t('person.fields.nameDay')}
          description={t('person.nameDayHint')}
          placeholder="MM-DD"
          {...register('nameDay')}
          error={fieldError(t, errors.nameDay)}
        />
      </SimpleGrid>
      <Checkbox
        label={t('person.fields.marketingConsent')}
        description={t('person.consentHint')}
        {...register('marketingConsent')}
      />
      {watch('marketingConsent') && (
        <TextInput
          label={t('person.fields.consentSource')}
          placeholder={t('person.consentSourcePlaceholder')}
          {...register('consentSource')}
          error={fieldError(t, errors.consentSource)}
        />
      )}
      {definitions.length > 0 && (
        <>
          <Title order={3} size="h5">
            {t('client.tabs.attributes')}
          </Title>
          <Controller
            control={control}
            name="attributes"
            render={({ field }) => (
              <AttributeFields
                definitions={definitions}
                values={field.value}
                onChange={(key, value) => field.onChange({ ...field.value, [key]: value })}
                errors={attributeFieldErrors(errors.attributes)}
              />
            )}
          />
        </>
      )}
    </Stack>
  );
}
