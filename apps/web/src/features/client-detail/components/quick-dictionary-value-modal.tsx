// Small modal that adds a value to a dictionary from the client form: labels per language, key, colour.
import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, ColorInput, Group, Modal, Stack, TextInput } from '@mantine/core';
import { CreateDictionaryValueInput, type DictionaryKind } from '@veza/shared';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Controller, useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { EMPTY_LABELS, LabelsInputs, useKeyFromLabel } from '../../../components/attribute-field/labels-inputs.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { applyApiErrors, fieldError } from '../../../lib/form-errors.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { ClientFormDictionaryQuery } from '../api/client-form-dictionary-query.ts';
import { CreateQuickDictionaryValueMutation } from '../api/create-quick-dictionary-value-mutation.ts';

type FormIn = z.input<typeof CreateDictionaryValueInput>;
type FormOut = z.output<typeof CreateDictionaryValueInput>;
type Values = { kind: DictionaryKind; key: string; labels: typeof EMPTY_LABELS; color: string };

const inner = zodResolver(CreateDictionaryValueInput) as unknown as Resolver<FormIn, unknown, FormOut>;
/** An empty colour picker means "no colour". */
const resolver: Resolver<Values, unknown, FormOut> = (values, ctx, options) =>
  inner({ ...values, color: values.color || null }, ctx, options as never) as never;

interface Props {
  kind: DictionaryKind;
  /** The select's label, e.g. "Status". */
  listLabel: string;
  opened: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}

export function QuickDictionaryValueModal({ kind, listLabel, opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateQuickDictionaryValueMutation, {
    refetchQueries: [{ query: ClientFormDictionaryQuery, variables: { kind } }],
    awaitRefetchQueries: true,
  });
  const empty: Values = { kind, key: '', labels: EMPTY_LABELS, color: '' };
  const form = useForm<Values, unknown, FormOut>({
    defaultValues: empty,
    resolver,
  });
  const errors = form.formState.errors;
  const english = useWatch({ control: form.control, name: 'labels.en' });

  const { getValues, setValue } = form;
  const keyAccess = useMemo(
    () => ({ get: () => getValues('key'), set: (key: string) => setValue('key', key) }),
    [getValues, setValue],
  );
  useKeyFromLabel(english, true, keyAccess);

  useEffect(() => {
    if (opened) form.reset(empty);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, kind]);

  const close = () => {
    setFormError(null);
    onClose();
  };

  const submit = form.handleSubmit(async (input) => {
    setFormError(null);
    try {
      const { data } = await create({ variables: { input } });
      if (data) onCreated(data.createDictionaryValue.id);
      notifySuccess(t('dictionaries.created'));
      close();
    } catch (error) {
      setFormError(applyApiErrors(t, error, form.setError, ['key', 'labels', 'color']));
    }
  });

  // The modal is portalled but still inside the client form in React's tree: keep its submit to itself.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.stopPropagation();
    void submit(event);
  };

  return (
    <Modal opened={opened} onClose={close} title={t('dictionaries.quickAddTitle', { list: listLabel })} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <ErrorAlert message={formError} />
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
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('dictionaries.submitCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
