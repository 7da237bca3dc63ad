// Warns while a client is entered about clients that look the same; the same tax id or registration number needs a
// tick for a deliberate second record (the API refuses it otherwise).
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Checkbox, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ClientDuplicatesQuery } from '../api/client-duplicates-query.ts';
import type { ClientFormOutput } from '../hooks/use-save-client.ts';
import type { ClientFormValues } from './client-form.ts';

const blank = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

export function DuplicateWarning({
  form,
  excludeId,
}: {
  form: UseFormReturn<ClientFormValues, unknown, ClientFormOutput>;
  excludeId: string | null;
}) {
  const { t } = useTranslation();
  const values = useWatch({
    control: form.control,
    name: ['name', 'city', 'country', 'taxId', 'registrationNo', 'emails', 'phones'],
  });
  const [debounced] = useDebouncedValue(values, 500);
  const [name, city, country, taxId, registrationNo, emails, phones] = debounced;
  const probe = {
    name: name ?? '',
    city: blank(city),
    country: blank(country),
    taxId: blank(taxId),
    registrationNo: blank(registrationNo),
    emails: (emails ?? []).filter(Boolean),
    phones: (phones ?? []).filter(Boolean),
    excludeId,
  };
  const empty = probe.name.trim().length < 2 && !probe.taxId && !probe.registrationNo && !probe.emails.length;
  const { data } = useQuery(ClientDuplicatesQuery, { variables: { probe }, skip: empty });
  const matches = empty ? [] : (data?.clientDuplicates ?? []);
  if (!matches.length) return null;
  const taxKey = matches.some((m) => m.reasons.includes('TAX_ID') || m.reasons.includes('REGISTRATION_NO'));
  return (
    <Alert color="yellow" variant="light" title={t('duplicates.warningTitle')} role="status">
      <List size="sm" spacing={4}>
        {matches.map((m) => (
          <List.Item key={m.client.id}>
            <Anchor href={`/clients/${m.client.id}`} target="_blank" rel="noopener">
              {m.client.name}
            </Anchor>
            {m.client.city ? `, ${m.client.city}` : ''}{' '}
            <Text span size="xs" c="dimmed">
              ({m.reasons.map((r) => t(`duplicates.reason.${r}`)).join(', ')})
            </Text>
          </List.Item>
        ))}
      </List>
      {taxKey && <Checkbox mt="sm" label={t('duplicates.confirmSecond')} {...form.register('confirmDuplicate')} />}
    </Alert>
  );
}
