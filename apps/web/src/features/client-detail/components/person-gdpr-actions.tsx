// GDPR actions on a person for users with persons.gdpr: download everything stored (JSON) and erase with the
// person's name typed as confirmation.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { useCan } from '../../../lib/session.tsx';
import { ErasePersonMutation } from '../api/erase-person-mutation.ts';
import { ExportPersonDataQuery } from '../api/export-person-data-query.ts';

interface Props {
  personId: string;
  personName: string;
}

function download(name: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

/** The erase dialog: the button works only once the person's full name is typed exactly. */
export function ErasePersonDialog({ personId, personName, onClose }: Props & { onClose: () => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [erase, { loading, error }] = useMutation(ErasePersonMutation, { refetchQueries: ['ClientDetail'] });
  const matches = typed.trim() === personName.trim();
  const confirm = async () => {
    const res = await erase({ variables: { personId } }).catch(() => null);
    if (!res?.data) return;
    notifySuccess(t('gdpr.erased', { name: personName }));
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={t('gdpr.eraseTitle', { name: personName })}>
      <Stack>
        <Text size="sm">{t('gdpr.eraseBody')}</Text>
        <ErrorAlert error={error} />
        <TextInput
          label={t('gdpr.typeName', { name: personName })}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          autoComplete="off"
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" disabled={!matches} loading={loading} onClick={() => void confirm()}>
            {t('gdpr.erase')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function PersonGdprActions({ personId, personName }: Props) {
  const { t } = useTranslation();
  const can = useCan();
  const client = useApolloClient();
  const [erasing, setErasing] = useState(false);
  const [exporting, setExporting] = useState(false);
  if (!can('persons.gdpr')) return null;
  const exportJson = async () => {
    setExporting(true);
    try {
      const res = await client.query({
        query: ExportPersonDataQuery,
        variables: { personId },
        fetchPolicy: 'no-cache',
      });
      download(`${personName.replace(/[^\p{L}\p{N}]+/gu, '-')}.json`, res.data?.exportPersonData);
    } catch (e) {
      notifyError(errorText(t, e));
    } finally {
      setExporting(false);
    }
  };
  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        loading={exporting}
        onClick={() => void exportJson()}
        aria-label={t('gdpr.exportNamed', { name: personName })}
      >
        {t('gdpr.export')}
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        onClick={() => setErasing(true)}
        aria-label={t('gdpr.eraseNamed', { name: personName })}
      >
        {t('gdpr.erase')}
      </Button>
      {erasing && <ErasePersonDialog personId={personId} personName={personName} onClose={() => setErasing(false)} />}
    </>
  );
}
