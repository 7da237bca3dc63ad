// Create (/clients/new) and edit (/clients/:id/edit) client pages: one form for base data, lists and attributes.
// A new client is saved and opened ("Create client"), saved with the activity form open on it, or saved and followed
// by an empty form ("Save and new"), like the activity form's save choices.
import { Button } from '@mantine/core';
import { useRef, useState, type ComponentType } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormShell } from '../../../components/form-modal.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import type { ActivityFormModalProps } from '../../../lib/activity-modals.ts';
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
  /** Only for a new client: after saving, where to go ('open' by default). */
  onCreated?: (id: string, next: CreateNext) => void;
  /** Offer "Save and add an activity" (the app plugs in the activity form). */
  canAddActivity?: boolean;
}

type CreateNext = 'open' | 'activity' | 'new';

/** The form itself; `client` null creates a new client. Mount it with `key={recordKey(client)}` to reset it. */
export function ClientForm({ client, definitions, onReload, onCreated, canAddActivity }: FormProps) {
  const { t } = useTranslation();
  const form = useForm<ClientFormValues, unknown, ClientFormOutput>({
    mode: 'onChange',
    resolver: client
      ? updateClientResolver(definitions, (client.attributes ?? {}) as Record<string, unknown>)
      : createClientResolver(definitions),
    defaultValues: toClientFormValues(client, definitions),
  });
  const next = useRef<CreateNext>('open');
  const submit = useSaveClient(client, form, onCreated && ((id) => onCreated(id, next.current)));
  const saveAs = (mode: CreateNext) => {
    next.current = mode;
    void submit.onSubmit();
  };
  // Enter and the main button save and open the client.
  const onSubmit: typeof submit.onSubmit = (event) => {
    next.current = 'open';
    return submit.onSubmit(event);
  };
  const extraActions = !client && onCreated && (
    <>
      {canAddActivity && (
        <Button variant="light" loading={submit.saving} onClick={() => saveAs('activity')}>
          {t('client.saveAndActivity')}
        </Button>
      )}
      <Button variant="light" loading={submit.saving} onClick={() => saveAs('new')}>
        {t('client.saveAndNew')}
      </Button>
    </>
  );
  return (
    <FormShell
      label={client ? t('client.editTitle') : t('client.createTitle')}
      submit={{ ...submit, onSubmit }}
      onReload={onReload && (() => void onReload())}
      submitLabel={client ? undefined : t('client.submitCreate')}
      extraActions={extraActions}
    >
      <ClientFormSections form={form} client={client} definitions={definitions} />
      <DuplicateWarning form={form} excludeId={client?.id ?? null} />
    </FormShell>
  );
}

export function ClientCreatePage({
  activityForm: ActivityForm,
}: {
  activityForm?: ComponentType<ActivityFormModalProps>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { definitions, loading, error } = useRecordAttributes('CLIENT');
  // Each "Save and new" mounts a fresh form; "Save and add an activity" opens the form on the new client.
  const [round, setRound] = useState(0);
  const [activityFor, setActivityFor] = useState<string | null>(null);
  const onCreated = (id: string, next: CreateNext) => {
    if (next === 'new') setRound((n) => n + 1);
    else if (next === 'activity' && ActivityForm) setActivityFor(id);
    else void navigate(`/clients/${id}`);
  };
  return (
    <>
      <PageHeader title={t('client.createTitle')} />
      <ErrorAlert error={error} />
      {loading ? (
        <PageLoader />
      ) : (
        <ClientForm
          key={`new#${round}`}
          client={null}
          definitions={definitions}
          onCreated={onCreated}
          canAddActivity={!!ActivityForm}
        />
      )}
      {ActivityForm && activityFor && (
        <ActivityForm
          opened
          initial={{ clientId: activityFor }}
          onClose={() => void navigate(`/clients/${activityFor}`)}
        />
      )}
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
