// Creates an opportunity (for a given client, or one picked by search) or edits one; the shared zod schemas check
// the input here and on the server, which also names fields it refuses (amount, currency, persons…).
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { CreateOpportunityInput } from '@veza/shared';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { OpportunityClientOptionsQuery } from '../api/client-options-query.ts';
import { CreateOpportunityMutation } from '../api/create-opportunity-mutation.ts';
import { UpdateOpportunityMutation } from '../api/update-opportunity-mutation.ts';
import { useOpportunityOptions } from '../hooks/use-opportunity-options.ts';

type Values = z.input<typeof CreateOpportunityInput>;
type Output = z.output<typeof CreateOpportunityInput>;
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
  client: { id: string; name: string };
  leadSource?: { id: string } | null;
  persons?: { id: string }[];
}

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

export function OpportunityFormModal({ opened, clientId, existing, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const options = useOpportunityOptions();
  const [search, setSearch] = useState('');
  const [create] = useMutation(CreateOpportunityMutation, { refetchQueries: ['Pipeline', 'Opportunities'] });
  const [update] = useMutation(UpdateOpportunityMutation, {
    refetchQueries: ['Pipeline', 'Opportunities', 'Opportunity'],
  });
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(CreateOpportunityInput),
    values: {
      name: existing?.name ?? '',
      clientId: existing?.client.id ?? clientId ?? '',
      amount: existing?.amount ?? '',
      currency: existing?.currency ?? options.baseCurrency,
      expectedCloseOn: existing?.expectedCloseOn ?? null,
      probability: existing?.probabilityManual ? existing.probability : null,
      stageId: null,
      leadSourceId: existing?.leadSource?.id ?? null,
      personIds: existing?.persons?.map((p) => p.id) ?? [],
      description: existing?.description ?? '',
    },
  });
  const chosenClient = useWatch({ control: form.control, name: 'clientId' });
  const clients = useClientChoices(search, chosenClient || null);
  const persons = (clients.find((c) => c.id === chosenClient)?.persons ?? []).map((p) => ({
    value: p.person.id,
    label: `${p.person.firstName} ${p.person.lastName}`,
  }));
  const submit = useFormSubmit({
    form,
    fields: FIELDS,
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
  const err = (name: (typeof FIELDS)[number]) => fieldError(t, form.formState.errors[name]);
  const lockClient = Boolean(existing || clientId);
  return (
    <Modal
      opened={opened}
      onClose={submit.close}
      title={existing ? t('opportunities.form.editTitle') : t('opportunities.form.createTitle')}
      size="lg"
    >
      <form onSubmit={submit.onSubmit} noValidate>
        <Stack>
          {submit.conflict && <ConflictAlert onReload={() => submit.setConflict(false)} />}
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
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('opportunities.fields.amount')}
              withAsterisk
              inputMode="decimal"
              {...form.register('amount')}
              error={err('amount')}
            />
            <Controller
              control={form.control}
              name="currency"
              render={({ field }) => (
                <Select
                  label={t('opportunities.fields.currency')}
                  withAsterisk
                  data={options.currencies}
                  value={field.value}
                  onChange={(v) => field.onChange(v ?? '')}
                  error={err('currency')}
                  allowDeselect={false}
                />
              )}
            />
            {!existing && (
              <Controller
                control={form.control}
                name="stageId"
                render={({ field }) => (
                  <Select
                    label={t('opportunities.fields.stage')}
                    data={options.openStages}
                    value={field.value ?? null}
                    onChange={field.onChange}
                    placeholder={options.openStages[0]?.label}
                    clearable
                    error={err('stageId')}
                  />
                )}
              />
            )}
            <Controller
              control={form.control}
              name="expectedCloseOn"
              render={({ field }) => (
                <TextInput
                  type="date"
                  label={t('opportunities.fields.expectedCloseOn')}
                  value={field.value ?? ''}
                  onChange={(e) => field.onChange(e.currentTarget.value || null)}
                  error={err('expectedCloseOn')}
                />
              )}
            />
            <Controller
              control={form.control}
              name="probability"
              render={({ field }) => (
                <NumberInput
                  label={t('opportunities.fields.probability')}
                  description={t('opportunities.form.probabilityHint')}
                  min={0}
                  max={100}
                  allowDecimal={false}
                  value={field.value ?? ''}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                  error={err('probability')}
                />
              )}
            />
            <Controller
              control={form.control}
              name="leadSourceId"
              render={({ field }) => (
                <Select
                  label={t('opportunities.fields.leadSource')}
                  data={options.leadSources}
                  value={field.value ?? null}
                  onChange={field.onChange}
                  clearable
                  error={err('leadSourceId')}
                />
              )}
            />
          </SimpleGrid>
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
          <ErrorAlert message={submit.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={submit.close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
