// "Add relation" for a person (seed 003: relations to other persons): pick the other person, name the relation.
import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { AddPersonRelationInput } from '@veza/shared';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { shapedResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { AddPersonRelationMutation } from '../api/add-person-relation-mutation.ts';
import { PersonPicker } from './person-picker.tsx';

interface Props {
  person: { id: string; fullName: string };
  opened: boolean;
  onClose: () => void;
}

type Values = { relatedPersonId: string | null; kind: string };

function RelationForm({ person, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const [add] = useMutation(AddPersonRelationMutation);
  const form = useForm<Values, unknown, AddPersonRelationInput>({
    resolver: shapedResolver(AddPersonRelationInput, (v: Values) => ({
      ...v,
      relatedPersonId: v.relatedPersonId ?? '',
      personId: person.id,
    })),
    defaultValues: { relatedPersonId: null, kind: '' },
  });
  const submit = useFormSubmit({
    form,
    fields: ['relatedPersonId', 'kind'],
    save: (input) => add({ variables: input }),
    successMessage: t('seedDetails.relationAdded'),
    onClose,
  });
  const errors = form.formState.errors;
  return (
    <FormShell submit={submit} submitLabel={t('seedDetails.addRelation')}>
      <Controller
        control={form.control}
        name="relatedPersonId"
        render={({ field }) => (
          <PersonPicker
            label={t('seedDetails.relatedPerson')}
            value={field.value}
            onChange={field.onChange}
            exclude={[person.id]}
            error={fieldError(t, errors.relatedPersonId)}
          />
        )}
      />
      <TextInput
        label={t('seedDetails.relationKind')}
        description={t('seedDetails.relationKindHint')}
        {...form.register('kind')}
        error={fieldError(t, errors.kind)}
      />
    </FormShell>
  );
}

export function PersonRelationModal(props: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={props.opened}
      onClose={props.onClose}
      title={t('seedDetails.relationTitle', { name: props.person.fullName })}
    >
      <RelationForm person={props.person} onClose={props.onClose} />
    </FormModal>
  );
}
