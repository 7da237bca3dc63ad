// Modal form that adds a contact person to the client or edits one; a stale version offers a reload.
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { ClientDetailQuery } from '../api/client-detail-query.ts';
import { CreateContactPersonMutation } from '../api/create-person-mutation.ts';
import { UpdateContactPersonMutation } from '../api/update-person-mutation.ts';
import type { ClientPersonLink } from '../hooks/use-client-detail.ts';
import { useRecordAttributes } from '../hooks/use-record-attributes.ts';
import { applyAttributeErrors } from './attribute-errors.ts';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import {
  PERSON_FORM_FIELDS,
  personResolver,
  toPersonFormValues,
  type CreatePersonOutput,
  type PersonFormValues,
} from './person-form.ts';
import { PersonFormFields } from './person-form-fields.tsx';

interface Props {
  clientId: string;
  /** `null` with `opened` adds a new person. */
  link: ClientPersonLink | null;
  opened: boolean;
  onClose: () => void;
}

function useSavePerson(clientId: string, link: ClientPersonLink | null) {
  const refetchQueries = [{ query: ClientDetailQuery, variables: { id: clientId } }];
  const [create, created] = useMutation(CreateContactPersonMutation, { refetchQueries });
  const [update, updated] = useMutation(UpdateContactPersonMutation, { refetchQueries });
  const save = async (input: CreatePersonOutput) => {
    if (link) await update({ variables: { id: link.person.id, version: link.person.version, input } });
    else await create({ variables: { input } });
  };
  const apollo = useApolloClient();
  /** Fetches the person's current version; the form resets to it. */
  const reload = (done: () => void) => void apollo.refetchQueries({ include: [ClientDetailQuery] }).then(done);
  return { save, saving: created.loading || updated.loading, reload };
}

export function PersonFormModal({ clientId, link, opened, onClose }: Props) {
  const { t } = useTranslation();
  const { definitions, loading } = useRecordAttributes('PERSON');
  const { save, saving, reload } = useSavePerson(clientId, link);
  const resolver = useMemo(() => personResolver(clientId, link, definitions), [clientId, link, definitions]);
  const form = useForm<PersonFormValues, unknown, CreatePersonOutput>({
    mode: 'onTouched',
    resolver,
    defaultValues: toPersonFormValues(link, definitions),
  });

  useEffect(() => {
    if (opened) form.reset(toPersonFormValues(link, definitions));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, link?.person.id, link?.person.version, definitions]);

  const { formError, conflict, setConflict, close, onSubmit } = useFormSubmit({
    form,
    fields: PERSON_FORM_FIELDS,
    save,
    successMessage: link ? t('person.saved') : t('person.created'),
    onClose,
    onServerError: (error) => applyAttributeErrors(error, form.setError),
  });

  return (
    <Modal opened={opened} onClose={close} title={link ? t('person.editTitle') : t('person.createTitle')} size="xl">
      {loading ? (
        <PageLoader />
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            {conflict && <ConflictAlert onReload={() => reload(() => setConflict(false))} />}
            <ErrorAlert message={formError} />
            <PersonFormFields form={form} definitions={definitions} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving}>
                {link ? t('common.save') : t('person.submitCreate')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
