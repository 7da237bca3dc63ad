// Creates an opportunity (for a given client, or one picked by search) or edits one; the shared zod schemas check
// the input here and on the server, which also names fields it refuses (amount, currency, persons…).
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { MultiSelect, Select, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  AttributeFields,
  attributeFieldErrors,
  initialAttributeValues,
} from '../../../components/attribute-field/attribute-fields.tsx';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { recordKey } from '../../../lib/record-key.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { OpportunityClientOptionsQuery } from '../api/client-options-query.ts';
import { CreateOpportunityMutation } from '../api/create-opportunity-mutation.ts';
import { UpdateOpportunityMutation } from '../api/update-opportunity-mutation.ts';
import { useOpportunityOptions } from '../hooks/use-opportunity-options.ts';
import { opportunityResolver, type OpportunityFormValues as Values } from '../lib/opportunity-resolver.ts';
import { OpportunityFormFields } from './opportunity-form-fields.tsx';

const FIELDS = [
  'name',
  'clientId',
  'stageId',
  'amount',
  'currency',
  'expectedCloseOn',
  'probability',
  'leadSourceId',
  'personIds',
  'description',
] as const;

export interface EditableOpportunity {
  id: string;
  version: number;
  name: string;
  amount: string;
  currency: string;
  expectedCloseOn?: string | null;
  probability: number;
  probabilityManual?: boolean;
  description?: string | null;
  /** Null when the client is outside the viewer's read scope (the client is fixed after creation anyway). */
  client: { id: string; name: string } | null;
  leadSource?: { id: string } | null;
  persons?: { id: string }[];
  attributes?: unknown;
}

type Options = ReturnType<typeof useOpportunityOptions>;

interface Props {
  opened: boolean;
  clientId: string | null;
  existing?: EditableOpportunity;
  onClose: () => void;
  onSaved: (id: string) => void;
}

function useClientChoices(search: string, clientId: string | null) {
  const filter = clientId ? null : search.trim() ? { search: search.trim() } : null;
  const { data } = useQuery(OpportunityClientOptionsQuery, { variables: { filter }, skip: !filter && !clientId });
  return data?.clients.edges.map((e) => e.node) ?? [];
}

function toFormValues(existing: EditableOpportunity | undefined, clientId: string | null, options: Options): Values {
  const currency = options.baseCurrency;
  return {
    name: existing?.name ?? '',
    clientId: existing ? (existing.client?.id ?? '') : (clientId ?? ''),
    amount: existing?.amount ?? '',
    currency: existing?.currency ?? currency,
    expectedCloseOn: existing?.expectedCloseOn ?? null,
    probability: existing?.probabilityManual ? existing.probability : null,
    stageId: null,
    leadSourceId: existing?.leadSource?.id ?? null,
    personIds: existing?.persons?.map((p) => p.id) ?? [],
    description: existing?.description ?? '',
    attributes: initialAttributeValues(options.attributes, existing?.attributes),
  };
}

export function OpportunityFormModal(props: Props) {
  const { t } = useTranslation();
  const options = useOpportunityOptions();
  return (
    <FormModal
      opened={props.opened}
      onClose={props.onClose}
      title={props.existing ? t('opportunities.form.editTitle') : t('opportunities.form.createTitle')}
      size="lg"
      // Mounted again for another record or version, and once the base currency (a new one's default) is known.
      formKey={`${recordKey(props.existing)}:${options.baseCurrency}:${options.attributes.length}`}
    >
      <OpportunityForm {...props} options={options} />
    </FormModal>
  );
}

function OpportunityForm(props: Props & { options: Options }) {
  const { clientId, existing, onClose, onSaved, options } = props;
  const { t } = useTranslation();
  const apollo = useApolloClient();
  const [search, setSearch] = useState('');
  const [create] = useMutation(CreateOpportunityMutation, { refetchQueries: ['Pipeline', 'Opportunities'] });
  const [update] = useMutation(UpdateOpportunityMutation, {
    refetchQueries: ['Pipeline', 'Opportunities', 'Opportunity'],
  });
  const [resolver] = useState(() =>
    opportunityResolver(
      options.attributes,
      (existing?.attributes ?? undefined) as Record<string, unknown> | undefined,
      Boolean(existing),
    ),
  );
  const form = useForm({ resolver, defaultValues: toFormValues(existing, clientId, options) });
  const chosenClient = useWatch({ control: form.control, name: 'clientId' });
  const clients = useClientChoices(search, chosenClient || null);
  const persons = (clients.find((c) => c.id === chosenClient)?.persons ?? []).map((p) => ({
    value: p.person.id,
    label: `${p.person.firstName} ${p.person.lastName}`,
  }));
  const submit = useFormSubmit({
    form,
    fields: [...FIELDS, ...options.attributes.map((a) => `attributes.${a.key}` as const)],
    save: async ({ clientId: client, stageId, ...input }) => {
      if (existing) {
        const res = await update({ variables: { id: existing.id, version: existing.version, input } });
        onSaved(res.data!.updateOpportunity.id);
      } else {
        const res = await create({ variables: { input: { ...input, clientId: client, stageId } } });
        onSaved(res.data!.createOpportunity.id);
      }
    },
    successMessage: t('opportunities.form.saved'),
    onClose,
  });
  const reload = () => void apollo.refetchQueries({ include: ['Opportunity', 'Pipeline', 'Opportunities'] });
  const err = (name: (typeof FIELDS)[number]) => fieldError(t, form.formState.errors[name]);
  const lockClient = Boolean(existing || clientId);
  return (
    <FormShell submit={submit} onReload={reload}>
      <TextInput
        label={t('opportunities.fields.name')}
        withAsterisk
        maxLength={200}
        {...form.register('name')}
        error={err('name')}
      />
      {!lockClient && (
        <Controller
          control={form.control}
          name="clientId"
          render={({ field }) => (
            <Select
              label={t('opportunities.fields.client')}
              withAsterisk
              searchable
              searchValue={search}
              onSearchChange={setSearch}
              data={clients.map((c) => ({ value: c.id, label: c.name }))}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              error={err('clientId')}
              nothingFoundMessage={t('opportunities.form.typeToSearch')}
            />
          )}
        />
      )}
      <OpportunityFormFields form={form} options={options} withStage={!existing} />
      {persons.length > 0 && (
        <Controller
          control={form.control}
          name="personIds"
          render={({ field }) => (
            <MultiSelect
              label={t('opportunities.fields.persons')}
              data={persons}
              value={field.value ?? []}
              onChange={field.onChange}
              error={err('personIds')}
            />
          )}
        />
      )}
      <Textarea
        label={t('opportunities.fields.description')}
        autosize
        minRows={2}
        {...form.register('description')}
        error={err('description')}
      />
      {options.attributes.length > 0 && (
        <Controller
          control={form.control}
          name="attributes"
          render={({ field }) => (
            <AttributeFields
              definitions={options.attributes}
              values={field.value}
              onChange={(key, value) => field.onChange({ ...field.value, [key]: value })}
              errors={attributeFieldErrors(form.formState.errors.attributes)}
            />
          )}
        />
      )}
    </FormShell>
  );
}
