// Create (/clients/new) and edit (/clients/:id/edit) client pages: one form for base data, lists and attributes.
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormShell } from '../../../components/form-modal.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { recordKey } from '../../../lib/record-key.ts';
import { useClientDetail, type ClientDetail } from '../hooks/use-client-detail.ts';
import { useRecordAttributes, type RecordAttributeDefinition } from '../hooks/use-record-attributes.ts';
import { useSaveClient, type ClientFormOutput } from '../hooks/use-save-client.ts';
import {
  createClientResolver,
  toClientFormValues,
  updateClientResolver,
  type ClientFormValues,
} from './client-form.ts';
import { ClientFormSections } from './client-form-sections.tsx';
import { DuplicateWarning } from './duplicate-warning.tsx';
import { NotFoundCard } from './not-found-card.tsx';

interface FormProps {
  client: ClientDetail | null;
  definitions: readonly RecordAttributeDefinition[];
  onReload?: () => Promise<unknown>;
}

/** The form itself; `client` null creates a new client. Mount it with `key={recordKey(client)}` to reset it. */
export function ClientForm({ client, definitions, onReload }: FormProps) {
  const { t } = useTranslation();
  const form = useForm<ClientFormValues, unknown, ClientFormOutput>({
    mode: 'onChange',
    resolver: client
      ? updateClientResolver(definitions, (client.attributes ?? {}) as Record<string, unknown>)
      : createClientResolver(definitions),
    defaultValues: toClientFormValues(client, definitions),
  });
  const submit = useSaveClient(client, form);
  return (
    <FormShell
      label={client ? t('client.editTitle') : t('client.createTitle')}
      submit={submit}
      onReload={onReload && (() => void onReload())}
      submitLabel={client ? undefined : t('client.submitCreate')}
    >
      <ClientFormSections form={form} client={client} definitions={definitions} />
      <DuplicateWarning form={form} excludeId={client?.id ?? null} />
    </FormShell>
  );
}

export function ClientCreatePage() {
  const { t } = useTranslation();
  const { definitions, loading, error } = useRecordAttributes('CLIENT');
  return (
    <>
      <PageHeader title={t('client.createTitle')} />
      <ErrorAlert error={error} />
      {loading ? <PageLoader /> : <ClientForm client={null} definitions={definitions} />}
    </>
  );
}

export function ClientEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { client, loading, error, refetch } = useClientDetail(id);
  const attributes = useRecordAttributes('CLIENT');
  if (loading || attributes.loading) return <PageLoader />;
  if (!client) return error ? <ErrorAlert error={error} /> : <NotFoundCard />;
  return (
    <>
      <PageHeader title={t('client.editTitle')} description={client.name} />
      <ErrorAlert error={attributes.error} />
      <ClientForm
        key={recordKey(client)}
        client={client}
        definitions={attributes.definitions}
        onReload={() => refetch()}
      />
    </>
  );
}
