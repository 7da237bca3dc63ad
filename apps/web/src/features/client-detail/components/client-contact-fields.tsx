// Client form: phones and e-mails as list editors, and the website.
import { Stack, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Controller, type FieldError, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../lib/form-errors.ts';
import type { ClientFormValues } from './client-form.ts';
import { StringListField } from './string-list-field.tsx';

/** Row errors and the list's own error (too many items, or a server error on the list) in the user's language. */
export function listErrors(t: TFunction, error: unknown) {
  const rows = Array.isArray(error) ? (error as (FieldError | undefined)[]).map((e) => fieldError(t, e)) : [];
  const own = error && !Array.isArray(error) ? fieldError(t, error as FieldError) : undefined;
  return { rows, own };
}

export function ClientContactFields<Out>({ form }: { form: UseFormReturn<ClientFormValues, unknown, Out> }) {
  const { t } = useTranslation();
  const errors = form.formState.errors;
  const phones = listErrors(t, errors.phones);
  const emails = listErrors(t, errors.emails);
  return (
    <Stack>
      <Controller
        control={form.control}
        name="phones"
        render={({ field }) => (
          <StringListField
            legend={t('client.fields.phones')}
            itemLabel={(i) => t('client.phoneN', { n: i + 1 })}
            addLabel={t('client.addPhone')}
            type="tel"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            rowErrors={phones.rows}
            error={phones.own}
          />
        )}
      />
      <Controller
        control={form.control}
        name="emails"
        render={({ field }) => (
          <StringListField
            legend={t('client.fields.emails')}
            itemLabel={(i) => t('client.emailN', { n: i + 1 })}
            addLabel={t('client.addEmail')}
            type="email"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            rowErrors={emails.rows}
            error={emails.own}
          />
        )}
      />
      <TextInput
        label={t('client.fields.website')}
        placeholder="https://"
        {...form.register('website')}
        error={fieldError(t, errors.website)}
      />
    </Stack>
  );
}
