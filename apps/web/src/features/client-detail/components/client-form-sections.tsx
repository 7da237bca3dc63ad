// The client form's sections: base data, contact, classification, additional info (attributes); notes are a list on the client page.
import { Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AttributeFields, attributeFieldErrors } from '../../../components/attribute-field/attribute-fields.tsx';
import type { ClientDetail } from '../hooks/use-client-detail.ts';
import type { RecordAttributeDefinition } from '../hooks/use-record-attributes.ts';
import { ClientBaseFields } from './client-base-fields.tsx';
import { ClientClassificationFields } from './client-classification-fields.tsx';
import { ClientContactFields } from './client-contact-fields.tsx';
import type { ClientFormValues } from './client-form.ts';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card component="section" aria-label={title}>
      <Title order={2} size="h4" mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

interface Props<Out> {
  form: UseFormReturn<ClientFormValues, unknown, Out>;
  client: ClientDetail | null;
  definitions: readonly RecordAttributeDefinition[];
}

export function ClientFormSections<Out>({ form, client, definitions }: Props<Out>) {
  const { t } = useTranslation();
  const errors = form.formState.errors;
  return (
    <Stack>
      <Section title={t('client.sections.base')}>
        <ClientBaseFields form={form} />
      </Section>
      <Section title={t('client.sections.contact')}>
        <ClientContactFields form={form} />
      </Section>
      <Section title={t('client.sections.classification')}>
        <ClientClassificationFields form={form} client={client} />
      </Section>
      <Section title={t('client.tabs.attributes')}>
        <Controller
          control={form.control}
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
      </Section>
    </Stack>
  );
}
