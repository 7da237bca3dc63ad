// How mail addresses a person (form kit): the stored salutation, blank = the suggestion, which shows as placeholder.
import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { SetPersonSalutationInput } from '@veza/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { shapedResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { SetPersonSalutationMutation } from '../api/set-person-salutation-mutation.ts';

interface Values {
  salutation: string;
}

const FIELDS = ['salutation'] as const;

export function PersonSalutationForm(props: {
  personId: string;
  stored: string | null;
  suggested: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [save] = useMutation(SetPersonSalutationMutation);
  const form = useForm<Values, unknown, SetPersonSalutationInput>({
    defaultValues: { salutation: props.stored ?? '' },
    resolver: shapedResolver(
      SetPersonSalutationInput,
      (v: Values) => ({ personId: props.personId, salutation: v.salutation.trim() || null }),
      (path) => (path[0] === 'salutation' ? 'salutation' : null),
    ),
  });
  const submit = useFormSubmit({
    form,
    fields: FIELDS,
    save: async (input) => {
      const result = await save({ variables: { personId: input.personId, salutation: input.salutation ?? null } });
      return result.data;
    },
    successMessage: t('mail.salutation.saved'),
    onClose: props.onClose,
  });
  return (
    <FormShell submit={submit}>
      <TextInput
        label={t('mail.salutation.label')}
        description={t('mail.salutation.hint')}
        placeholder={props.suggested}
        {...form.register('salutation')}
        error={fieldError(t, form.formState.errors.salutation)}
      />
    </FormShell>
  );
}
