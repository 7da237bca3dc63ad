// A new mailing group (form kit): its name and a category, created when new.
import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { CreateMailingGroupInput } from '@veza/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { schemaResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { CreateMailingGroupMutation } from '../api/create-mailing-group-mutation.ts';

const FIELDS = ['name', 'category'] as const;

export function MailingGroupForm(props: { onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const [create] = useMutation(CreateMailingGroupMutation, { refetchQueries: ['MailingGroups'] });
  const form = useForm({
    defaultValues: { name: '', category: '' },
    resolver: schemaResolver(CreateMailingGroupInput),
  });
  const submit = useFormSubmit({
    form,
    fields: FIELDS,
    save: async (input) => {
      const result = await create({ variables: { input } });
      if (result.data) props.onSaved(result.data.createMailingGroup.id);
      return result.data;
    },
    successMessage: t('mailings.groups.created'),
    onClose: props.onClose,
  });
  return (
    <FormShell submit={submit}>
      <TextInput
        label={t('mailings.groups.name')}
        required
        {...form.register('name')}
        error={fieldError(t, form.formState.errors.name)}
      />
      <TextInput
        label={t('mailings.groups.category')}
        {...form.register('category')}
        error={fieldError(t, form.formState.errors.category)}
      />
    </FormShell>
  );
}
