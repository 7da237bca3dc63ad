// Modal that creates or edits an attribute definition, with a live preview of the field.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Grid } from '@mantine/core';
import type { AttributeEntity } from '@veza/shared';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useKeyFromLabel } from '../../../components/attribute-field/labels-inputs.tsx';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { recordKey } from '../../../lib/record-key.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
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
  type CreateAttributeDefinitionOutput,
  type UpdateAttributeDefinitionOutput,
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

type Output = CreateAttributeDefinitionOutput | UpdateAttributeDefinitionOutput;

function useSave(entity: AttributeEntity, row: AttributeDefinitionRow | null) {
  const refetchQueries = [{ query: AdminAttributeDefinitionsQuery, variables: { entity } }];
  const [create] = useMutation(CreateAttributeDefinitionMutation, { refetchQueries });
  const [update] = useMutation(UpdateAttributeDefinitionMutation, { refetchQueries });
  // The form's resolver is the update or the create schema, fixed for the form's life (it remounts per record).
  return (input: Output) =>
    row
      ? update({ variables: { id: row.id, version: row.version, input: input as UpdateAttributeDefinitionOutput } })
      : create({ variables: { input: input as CreateAttributeDefinitionOutput } });
}

function AttributeDefinitionForm({ entity, row, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const apollo = useApolloClient();
  const save = useSave(entity, row);
  const form = useForm<AttributeDefinitionFormValues, unknown, Output>({
    resolver: row ? updateAttributeResolver(row.type) : createAttributeResolver(entity),
    defaultValues: toAttributeFormValues(row),
  });
  const draft = useWatch({ control: form.control });
  const { getValues, setValue } = form;
  const keyAccess = useMemo(
    () => ({ get: () => getValues('key'), set: (k: string) => setValue('key', k) }),
    [getValues, setValue],
  );
  useKeyFromLabel(draft.labels?.en, !row, keyAccess);
  const submit = useFormSubmit({
    form,
    fields: ATTRIBUTE_DEFINITION_FIELDS,
    save,
    successMessage: row ? t('attributes.saved') : t('attributes.created'),
    onClose,
  });
  const reload = () => void apollo.refetchQueries({ include: [AdminAttributeDefinitionsQuery] });
  return (
    <FormShell submit={submit} onReload={reload} submitLabel={row ? undefined : t('attributes.submitCreate')}>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <AttributeDefinitionFields form={form} editing={Boolean(row)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <AttributePreview definition={previewDefinition(form.getValues())} />
        </Grid.Col>
      </Grid>
    </FormShell>
  );
}

export function AttributeDefinitionModal({ entity, row, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={row ? t('attributes.editTitle') : t('attributes.createTitle')}
      size="90rem"
      formKey={recordKey(row)}
    >
      <AttributeDefinitionForm entity={entity} row={row} onClose={onClose} />
    </FormModal>
  );
}
