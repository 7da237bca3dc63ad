// Create (/clients/new) and edit (/clients/:id/edit) client pages: one form for base data, lists and attributes.
import { Button, Group, Stack } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useClientDetail, type ClientDetail } from '../hooks/use-client-detail.ts';
import { useRecordAttributes, type RecordAttributeDefinition } from '../hooks/use-record-attributes.ts';
import { useSaveClient } from '../hooks/use-save-client.ts';
import {
  createClientResolver,
  toClientFormValues,
  updateClientResolver,
  type ClientFormValues,
  type CreateClientOutput,
} from './client-form.ts';
import { ClientFormSections } from './client-form-sections.tsx';
import { DuplicateWarning } from './duplicate-warning.tsx';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { NotFoundCard } from './not-found-card.tsx';

interface FormProps {
  client: ClientDetail | null;
  definitions: readonly RecordAttributeDefinition[];
  onReload?: () => Promise<unknown>;
}

/** The form itself; `client` null creates a new client. */
export function ClientForm({ client, definitions, onReload }: FormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const resolver = useMemo(
    () =>
      client
        ? updateClientResolver(definitions, (client.attributes ?? {}) as Record<string, unknown>)
        : createClientResolver(definitions),
    [client, definitions],
  );
  const form = useForm<ClientFormValues, unknown, CreateClientOutput>({
    mode: 'onChange',
    resolver: resolver as never,
    defaultValues: toClientFormValues(client, definitions),
  });
  const { onSubmit, saving, formError, conflict, reload } = useSaveClient(client, form, onReload);

  useEffect(() => {
    form.reset(toClientFormValues(client, definitions));
    // Reset when the record was reloaded with a new version, or definitions arrived.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client?.id, client?.version, definitions]);

  return (
    <form onSubmit={onSubmit} noValidate aria-label={client ? t('client.editTitle') : t('client.createTitle')}>
      <Stack>
        {conflict && <ConflictAlert onReload={() => void reload()} />}
        <ErrorAlert message={formError} />
        <ClientFormSections form={form} client={client} definitions={definitions} />
        <DuplicateWarning form={form} excludeId={client?.id ?? null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void navigate(client ? `/clients/${client.id}` : '/clients')}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {client ? t('common.save') : t('client.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
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
      <ClientForm client={client} definitions={attributes.definitions} onReload={() => refetch()} />
    </>
  );
}
