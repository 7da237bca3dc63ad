// Modal form that adds a contact person to the client or edits one; a stale version offers a reload.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { recordKey } from '../../../lib/record-key.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { ClientDetailQuery } from '../api/client-detail-query.ts';
import { CreateContactPersonMutation } from '../api/create-person-mutation.ts';
import { UpdateContactPersonMutation } from '../api/update-person-mutation.ts';
import type { ClientPersonLink } from '../hooks/use-client-detail.ts';
import { useRecordAttributes, type RecordAttributeDefinition } from '../hooks/use-record-attributes.ts';
import { applyAttributeErrors } from './attribute-errors.ts';
import {
  PERSON_FORM_FIELDS,
  personResolver,
  toPersonFormValues,
  type CreatePersonOutput,
  type PersonFormValues,
  type UpdatePersonOutput,
} from './person-form.ts';
import { PersonFormFields } from './person-form-fields.tsx';

interface Props {
  clientId: string;
  /** `null` with `opened` adds a new person. */
  link: ClientPersonLink | null;
  opened: boolean;
  onClose: () => void;
}

type Output = CreatePersonOutput | UpdatePersonOutput;

function useSavePerson(clientId: string, link: ClientPersonLink | null) {
  const refetchQueries = [{ query: ClientDetailQuery, variables: { id: clientId } }];
  const [create] = useMutation(CreateContactPersonMutation, { refetchQueries });
  const [update] = useMutation(UpdateContactPersonMutation, { refetchQueries });
  // The form's resolver is the update or the create schema, fixed for the form's life (it remounts per record).
  return (input: Output) =>
    link
      ? update({ variables: { id: link.person.id, version: link.person.version, input: input as UpdatePersonOutput } })
      : create({ variables: { input: input as CreatePersonOutput } });
}

function PersonForm(props: Omit<Props, 'opened'> & { definitions: readonly RecordAttributeDefinition[] }) {
  const { clientId, link, onClose, definitions } = props;
  const { t } = useTranslation();
  const apollo = useApolloClient();
  const save = useSavePerson(clientId, link);
  const form = useForm<PersonFormValues, unknown, Output>({
    mode: 'onTouched',
    resolver: personResolver(clientId, link, definitions),
    defaultValues: toPersonFormValues(link, definitions),
  });
  const submit = useFormSubmit({
    form,
    fields: PERSON_FORM_FIELDS,
    save,
    successMessage: link ? t('person.saved') : t('person.created'),
    onClose,
    onServerError: (error) => applyAttributeErrors(error, form.setError),
  });
  // The person's current version remounts the form with its values.
  const reload = () => void apollo.refetchQueries({ include: [ClientDetailQuery] });
  return (
    <FormShell submit={submit} onReload={reload} submitLabel={link ? undefined : t('person.submitCreate')}>
      <PersonFormFields form={form} definitions={definitions} />
    </FormShell>
  );
}

export function PersonFormModal({ clientId, link, opened, onClose }: Props) {
  const { t } = useTranslation();
  const { definitions, loading } = useRecordAttributes('PERSON');
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={link ? t('person.editTitle') : t('person.createTitle')}
      size="xl"
      formKey={recordKey(link?.person)}
    >
      {loading ? (
        <PageLoader />
      ) : (
        <PersonForm clientId={clientId} link={link} onClose={onClose} definitions={definitions} />
      )}
    </FormModal>
  );
}
