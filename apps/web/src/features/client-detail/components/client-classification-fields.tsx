// Client form: status, segment, industry and lead source (dictionaries) and the account manager.
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { DictionaryKind } from '@veza/shared';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../lib/form-errors.ts';
import { useAccountManagers } from '../hooks/use-account-managers.ts';
import type { ClientDetail } from '../hooks/use-client-detail.ts';
import type { ClientFormValues } from './client-form.ts';
import { DictionarySelect } from './dictionary-select.tsx';

const DICTIONARY_FIELDS = [
  { name: 'statusId', kind: 'CLIENT_STATUS', record: 'status' },
  { name: 'segmentId', kind: 'CLIENT_SEGMENT', record: 'segment' },
  { name: 'industryId', kind: 'INDUSTRY', record: 'industry' },
  { name: 'leadSourceId', kind: 'LEAD_SOURCE', record: 'leadSource' },
] as const satisfies readonly { name: keyof ClientFormValues; kind: DictionaryKind; record: keyof ClientDetail }[];

interface Props<Out> {
  form: UseFormReturn<ClientFormValues, unknown, Out>;
  client: ClientDetail | null;
}

export function ClientClassificationFields<Out>({ form, client }: Props<Out>) {
  const { t } = useTranslation();
  const errors = form.formState.errors;
  const managers = useAccountManagers(client?.accountManager);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {DICTIONARY_FIELDS.map((d) => (
        <Controller
          key={d.name}
          control={form.control}
          name={d.name}
          render={({ field }) => (
            <DictionarySelect
              kind={d.kind}
              label={t(`client.fields.${d.record}`)}
              value={field.value}
              onChange={field.onChange}
              current={client?.[d.record]}
              error={fieldError(t, errors[d.name])}
            />
          )}
        />
      ))}
      {managers.allowed ? (
        <Controller
          control={form.control}
          name="accountManagerId"
          render={({ field }) => (
            <Select
              label={t('client.fields.accountManager')}
              data={managers.options}
              searchable
              clearable
              nothingFoundMessage={t('common.nothingFound')}
              value={field.value}
              onChange={field.onChange}
              error={fieldError(t, errors.accountManagerId)}
            />
          )}
        />
      ) : (
        <TextInput label={t('client.fields.accountManager')} value={client?.accountManager?.name ?? '—'} readOnly />
      )}
    </SimpleGrid>
  );
}
