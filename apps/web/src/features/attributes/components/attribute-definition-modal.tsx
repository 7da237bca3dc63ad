// Modal that creates or edits an attribute definition, with a live preview of the field.
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Grid, Group, Modal, Stack } from '@mantine/core';
import type { AttributeEntity } from '@veza/shared';
import { useEffect, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useKeyFromLabel } from '../../../components/attribute-field/labels-inputs.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AdminAttributeDefinitionsQuery } from '../api/admin-attribute-definitions-query.ts';
import { CreateAttributeDefinitionMutation } from '../api/create-attribute-definition-mutation.ts';
import { UpdateAttributeDefinitionMutation } from '../api/update-attribute-definition-mutation.ts';
import type { AttributeDefinitionRow } from '../hooks/use-attribute-definitions.ts';
import {
  ATTRIBUTE_DEFINITION_FIELDS,
  createAttributeResolver,
  previewDefinition,
  toAttributeFormValues,
  updateAttributeResolver,
  type AttributeDefinitionFormValues,
} from './attribute-definition-form.ts';
import { AttributeDefinitionFields } from './attribute-definition-fields.tsx';
import { AttributePreview } from './attribute-preview.tsx';

interface Props {
  entity: AttributeEntity;
  /** `null` with `opened` creates a new definition. */
  row: AttributeDefinitionRow | null;
  opened: boolean;
  onClose: () => void;
}

function useSave(entity: AttributeEntity, row: AttributeDefinitionRow | null) {
  const refetchQueries = [{ query: AdminAttributeDefinitionsQuery, variables: { entity } }];
  const [create, created] = useMutation(CreateAttributeDefinitionMutation, { refetchQueries });
  const [update, updated] = useMutation(UpdateAttributeDefinitionMutation, { refetchQueries });
  const save = async (input: unknown) => {
    if (row) await update({ variables: { id: row.id, version: row.version, input: input as never } });
    else await create({ variables: { input: input as never } });
  };
  return { save, saving: created.loading || updated.loading };
}

export function AttributeDefinitionModal({ entity, row, opened, onClose }: Props) {
  const { t } = useTranslation();
  const apollo = useApolloClient();
  const { save, saving } = useSave(entity, row);
  const resolver = useMemo(
    () => (row ? updateAttributeResolver(row.type) : createAttributeResolver(entity)),
    [row, entity],
  );
  const form = useForm<AttributeDefinitionFormValues, unknown, unknown>({
    resolver: resolver as never,
    defaultValues: toAttributeFormValues(row),
  });
  const draft = useWatch({ control: form.control });
  const { getValues, setValue } = form;
  const keyAccess = useMemo(
    () => ({ get: () => getValues('key'), set: (k: string) => setValue('key', k) }),
    [getValues, setValue],
  );
  useKeyFromLabel(draft.labels?.en, !row, keyAccess);

  useEffect(() => {
    if (opened) form.reset(toAttributeFormValues(row));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, row?.id, row?.version]);

  const { formError, conflict, setConflict, close, onSubmit } = useFormSubmit({
    form,
    fields: ATTRIBUTE_DEFINITION_FIELDS,
    save,
    successMessage: row ? t('attributes.saved') : t('attributes.created'),
    onClose,
  });

  const reload = () =>
    void apollo.refetchQueries({ include: [AdminAttributeDefinitionsQuery] }).then(() => setConflict(false));

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={row ? t('attributes.editTitle') : t('attributes.createTitle')}
      size="90rem"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {conflict && <ConflictAlert onReload={reload} />}
          <ErrorAlert message={formError} />
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <AttributeDefinitionFields form={form} editing={Boolean(row)} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <AttributePreview definition={previewDefinition(draft as AttributeDefinitionFormValues)} />
            </Grid.Col>
          </Grid>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {row ? t('common.save') : t('attributes.submitCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
