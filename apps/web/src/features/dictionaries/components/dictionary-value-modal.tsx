// Modal that creates or edits a dictionary value; a stale version offers a reload.
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { DictionaryKind } from '@veza/shared';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useKeyFromLabel } from '../../../components/attribute-field/labels-inputs.tsx';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { recordKey } from '../../../lib/record-key.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { AdminDictionaryValuesQuery } from '../api/admin-dictionary-values-query.ts';
import { CreateDictionaryValueMutation } from '../api/create-dictionary-value-mutation.ts';
import { UpdateDictionaryValueMutation } from '../api/update-dictionary-value-mutation.ts';
import type { DictionaryValueRow } from '../hooks/use-dictionary-values.ts';
import {
  createDictionaryResolver,
  DICTIONARY_VALUE_FIELDS,
  toDictionaryFormValues,
  updateDictionaryResolver,
  type CreateDictionaryValueOutput,
  type DictionaryValueFormValues,
  type UpdateDictionaryValueOutput,
} from './dictionary-value-form.ts';
import { DictionaryValueFields } from './dictionary-value-fields.tsx';

interface Props {
  kind: DictionaryKind;
  /** `null` with `opened` creates a new value. */
  row: DictionaryValueRow | null;
  opened: boolean;
  onClose: () => void;
}

function useSave(kind: DictionaryKind, row: DictionaryValueRow | null) {
  const refetchQueries = [{ query: AdminDictionaryValuesQuery, variables: { kind } }];
  const [create] = useMutation(CreateDictionaryValueMutation, { refetchQueries });
  const [update] = useMutation(UpdateDictionaryValueMutation, { refetchQueries });
  // The form's resolver is the update or the create schema, fixed for the form's life (it remounts per record).
  return (input: CreateDictionaryValueOutput | UpdateDictionaryValueOutput) =>
    row
      ? update({ variables: { id: row.id, version: row.version, input: input as UpdateDictionaryValueOutput } })
      : create({ variables: { input: input as CreateDictionaryValueOutput } });
}

function DictionaryValueForm({ kind, row, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const apollo = useApolloClient();
  const save = useSave(kind, row);
  const form = useForm<DictionaryValueFormValues, unknown, CreateDictionaryValueOutput | UpdateDictionaryValueOutput>({
    resolver: row ? updateDictionaryResolver(kind, row) : createDictionaryResolver(kind),
    defaultValues: toDictionaryFormValues(row),
  });
  const { getValues, setValue } = form;
  const keyAccess = useMemo(
    () => ({ get: () => getValues('key'), set: (k: string) => setValue('key', k) }),
    [getValues, setValue],
  );
  useKeyFromLabel(useWatch({ control: form.control, name: 'labels.en' }), !row, keyAccess);
  const submit = useFormSubmit({
    form,
    fields: DICTIONARY_VALUE_FIELDS,
    save,
    successMessage: row ? t('dictionaries.saved') : t('dictionaries.created'),
    onClose,
  });
  const reload = () => void apollo.refetchQueries({ include: [AdminDictionaryValuesQuery] });
  return (
    <FormShell submit={submit} onReload={reload} submitLabel={row ? undefined : t('dictionaries.submitCreate')}>
      <DictionaryValueFields form={form} kind={kind} editing={Boolean(row)} />
    </FormShell>
  );
}

export function DictionaryValueModal({ kind, row, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={row ? t('dictionaries.editTitle') : t('dictionaries.createTitle')}
      size="lg"
      formKey={recordKey(row)}
    >
      <DictionaryValueForm kind={kind} row={row} onClose={onClose} />
    </FormModal>
  );
}
