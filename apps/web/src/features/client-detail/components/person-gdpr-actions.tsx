// GDPR actions on a person for users with persons.gdpr: download everything stored (JSON) and erase with the
// person's name typed as confirmation.
import { useMutation } from '@apollo/client/react';
import type { PersonDataExportInput } from '@veza/shared';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadExport } from '../../../components/data-table/download-export.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { useCan } from '../../../lib/session.tsx';
import { ErasePersonMutation } from '../api/erase-person-mutation.ts';

interface Props {
  personId: string;
  personName: string;
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
  const [erasing, setErasing] = useState(false);
  const [exporting, setExporting] = useState<'json' | 'pdf' | null>(null);
  if (!can('persons.gdpr')) return null;
  const exportAs = async (format: 'json' | 'pdf') => {
    setExporting(format);
    try {
      const request: PersonDataExportInput = { personId, format };
      await downloadExport('/export/person-data', request);
    } catch (e) {
      notifyError(e instanceof Error ? e.message : errorText(t, e));
    } finally {
      setExporting(null);
    }
  };
  return (
    <>
      {(['json', 'pdf'] as const).map((format) => (
        <Button
          key={format}
          size="xs"
          variant="subtle"
          loading={exporting === format}
          onClick={() => void exportAs(format)}
          aria-label={t('gdpr.exportNamed', { name: personName, format: format.toUpperCase() })}
        >
          {t('gdpr.export', { format: format.toUpperCase() })}
        </Button>
      ))}
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
