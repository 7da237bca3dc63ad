// Modal that creates or edits a dictionary value; a stale version offers a reload.
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { DictionaryKind } from '@veza/shared';
import { useEffect, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useKeyFromLabel } from '../../../components/attribute-field/labels-inputs.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AdminDictionaryValuesQuery } from '../api/admin-dictionary-values-query.ts';
import { CreateDictionaryValueMutation } from '../api/create-dictionary-value-mutation.ts';
import { UpdateDictionaryValueMutation } from '../api/update-dictionary-value-mutation.ts';
import type { DictionaryValueRow } from '../hooks/use-dictionary-values.ts';
import {
  createDictionaryResolver,
  DICTIONARY_VALUE_FIELDS,
  toDictionaryFormValues,
  updateDictionaryResolver,
  type DictionaryValueFormValues,
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
  const [create, created] = useMutation(CreateDictionaryValueMutation, { refetchQueries });
  const [update, updated] = useMutation(UpdateDictionaryValueMutation, { refetchQueries });
  const save = async (input: unknown) => {
    if (row) await update({ variables: { id: row.id, version: row.version, input: input as never } });
    else await create({ variables: { input: input as never } });
  };
  return { save, saving: created.loading || updated.loading };
}

export function DictionaryValueModal({ kind, row, opened, onClose }: Props) {
  const { t } = useTranslation();
  const apollo = useApolloClient();
  const { save, saving } = useSave(kind, row);
  const resolver = useMemo(
    () => (row ? updateDictionaryResolver(kind, row) : createDictionaryResolver(kind)),
    [kind, row],
  );
  const form = useForm<DictionaryValueFormValues, unknown, unknown>({
    resolver: resolver as never,
    defaultValues: toDictionaryFormValues(row),
  });
  const { getValues, setValue } = form;
  const keyAccess = useMemo(
    () => ({ get: () => getValues('key'), set: (k: string) => setValue('key', k) }),
    [getValues, setValue],
  );
  useKeyFromLabel(useWatch({ control: form.control, name: 'labels.en' }), !row, keyAccess);

  useEffect(() => {
    if (opened) form.reset(toDictionaryFormValues(row));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, row?.id, row?.version]);

  const { formError, conflict, setConflict, close, onSubmit } = useFormSubmit({
    form,
    fields: DICTIONARY_VALUE_FIELDS,
    save,
    successMessage: row ? t('dictionaries.saved') : t('dictionaries.created'),
    onClose,
  });

  const reload = () =>
    void apollo.refetchQueries({ include: [AdminDictionaryValuesQuery] }).then(() => setConflict(false));

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={row ? t('dictionaries.editTitle') : t('dictionaries.createTitle')}
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {conflict && <ConflictAlert onReload={reload} />}
          <ErrorAlert message={formError} />
          <DictionaryValueFields form={form} kind={kind} editing={Boolean(row)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {row ? t('common.save') : t('dictionaries.submitCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
