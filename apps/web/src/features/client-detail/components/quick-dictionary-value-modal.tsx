// Small modal that adds a value to a dictionary from the client form: labels per language, key, colour.
import { useMutation } from '@apollo/client/react';
import { ColorInput, Group, TextInput } from '@mantine/core';
import { CreateDictionaryValueInput, type DictionaryKind } from '@veza/shared';
import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EMPTY_LABELS, LabelsInputs, useKeyFromLabel } from '../../../components/attribute-field/labels-inputs.tsx';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { shapedResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { ClientFormDictionaryQuery } from '../api/client-form-dictionary-query.ts';
import { CreateQuickDictionaryValueMutation } from '../api/create-quick-dictionary-value-mutation.ts';

type Values = { kind: DictionaryKind; key: string; labels: typeof EMPTY_LABELS; color: string };

/** An empty colour picker means "no colour". */
const resolver = shapedResolver(CreateDictionaryValueInput, (values: Values) => ({
  ...values,
  color: values.color || null,
}));

interface Props {
  kind: DictionaryKind;
  /** The select's label, e.g. "Status". */
  listLabel: string;
  opened: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}

function QuickDictionaryValueForm({ kind, onClose, onCreated }: Omit<Props, 'opened' | 'listLabel'>) {
  const { t } = useTranslation();
  const [create] = useMutation(CreateQuickDictionaryValueMutation, {
    refetchQueries: [{ query: ClientFormDictionaryQuery, variables: { kind } }],
    awaitRefetchQueries: true,
  });
  const form = useForm({ resolver, defaultValues: { kind, key: '', labels: EMPTY_LABELS, color: '' } });
  const errors = form.formState.errors;
  const { getValues, setValue } = form;
  const keyAccess = useMemo(
    () => ({ get: () => getValues('key'), set: (key: string) => setValue('key', key) }),
    [getValues, setValue],
  );
  useKeyFromLabel(useWatch({ control: form.control, name: 'labels.en' }), true, keyAccess);
  const submit = useFormSubmit({
    form,
    fields: ['key', 'labels', 'color'],
    save: async (input) => {
      const { data } = await create({ variables: { input } });
      if (data) onCreated(data.createDictionaryValue.id);
    },
    successMessage: t('dictionaries.created'),
    onClose,
  });
  return (
    <FormShell submit={submit} submitLabel={t('dictionaries.submitCreate')}>
      <Controller
        control={form.control}
        name="labels"
        render={({ field }) => (
          <LabelsInputs
            legend={t('dictionaries.fields.label')}
            value={field.value}
            onChange={field.onChange}
            errors={{ en: fieldError(t, errors.labels?.en ?? errors.labels) }}
          />
        )}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('dictionaries.fields.key')}
          description={t('dictionaries.keyHint')}
          required
          {...form.register('key')}
          error={fieldError(t, errors.key)}
        />
        <Controller
          control={form.control}
          name="color"
          render={({ field }) => (
            <ColorInput
              label={t('dictionaries.fields.color')}
              format="hex"
              value={field.value}
              onChange={field.onChange}
              error={fieldError(t, errors.color)}
            />
          )}
        />
      </Group>
    </FormShell>
  );
}

export function QuickDictionaryValueModal({ kind, listLabel, opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('dictionaries.quickAddTitle', { list: listLabel })}
      size="lg"
      formKey={kind}
    >
      <QuickDictionaryValueForm kind={kind} onClose={onClose} onCreated={onCreated} />
    </FormModal>
  );
}
