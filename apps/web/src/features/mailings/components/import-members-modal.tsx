// Adds members from an XLSX/CSV file: upload, pick the e-mail column, import; then the report of the rows that were
// not added (unknown address, no consent, not an address) by row number.
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Button, FileInput, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadFile, UploadError } from '../../../components/attachments/upload-file.ts';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError } from '../../../lib/notify.ts';
import { MailingFileColumnsQuery } from '../api/file-columns-query.ts';
import { ImportMailingGroupMembersMutation } from '../api/import-mailing-group-members-mutation.ts';

type Report = NonNullable<ReturnType<typeof useImport>[1]['data']>['importMailingGroupMembers'];
const useImport = () => useMutation(ImportMailingGroupMembersMutation);

function ImportReport({ report }: { report: Report }) {
  const { t } = useTranslation();
  const rows = (list: readonly number[], count: number) =>
    list.join(', ') + (count > list.length ? ` … (+${count - list.length})` : '');
  return (
    <List spacing={4} aria-label={t('mailings.import.report')}>
      <List.Item>{t('mailings.import.added', { count: report.added })}</List.Item>
      <List.Item>{t('mailings.import.already', { count: report.alreadyMembers })}</List.Item>
      <List.Item>
        {t('mailings.import.unmatched', { count: report.unmatched })}
        {report.unmatched > 0 && `: ${rows(report.unmatchedRows, report.unmatched)}`}
      </List.Item>
      <List.Item>
        {t('mailings.import.noConsent', { count: report.noConsent })}
        {report.noConsent > 0 && `: ${rows(report.noConsentRows, report.noConsent)}`}
      </List.Item>
      <List.Item>
        {t('mailings.import.invalid', { count: report.invalid })}
        {report.invalid > 0 && `: ${rows(report.invalidRows, report.invalid)}`}
      </List.Item>
    </List>
  );
}

export function ImportMembersModal(props: {
  groupId: string;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [fileId, setFileId] = useState<string | null>(null);
  const [column, setColumn] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [columns, { data: preview }] = useLazyQuery(MailingFileColumnsQuery, { fetchPolicy: 'network-only' });
  const [run, { data: result, loading, reset }] = useImport();
  const headers = preview?.importPreview.headers ?? [];
  const pick = async (file: File | null) => {
    reset();
    setFileId(null);
    if (!file) return;
    setUploading(true);
    try {
      const uploaded = await uploadFile(file);
      const res = await columns({ variables: { fileId: uploaded.id } });
      const found = (res.data?.importPreview.headers ?? []).findIndex((h) => /e-?mail/i.test(h));
      setColumn(String(Math.max(found, 0)));
      setFileId(uploaded.id);
    } catch (e) {
      notifyError(e instanceof UploadError ? t(e.message) : errorText(t, e));
    } finally {
      setUploading(false);
    }
  };
  const submit = async () => {
    try {
      const input = { groupId: props.groupId, fileId: fileId!, emailColumn: Number(column) };
      await run({ variables: { input } });
      props.onDone();
    } catch (e) {
      notifyError(errorText(t, e));
    }
  };
  const report = result?.importMailingGroupMembers;
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('mailings.groups.importFile')} size="lg">
      <Stack>
        <Text size="sm">{t('mailings.import.hint')}</Text>
        <FileInput
          label={t('mailings.import.file')}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(f) => void pick(f)}
          disabled={uploading}
          clearable
        />
        {fileId && (
          <Select
            label={t('mailings.import.column')}
            data={headers.map((h, i) => ({ value: String(i), label: h || `#${i + 1}` }))}
            value={column}
            onChange={setColumn}
            allowDeselect={false}
          />
        )}
        {report && <ImportReport report={report} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common.close')}
          </Button>
          <Button onClick={() => void submit()} loading={loading || uploading} disabled={!fileId || column == null}>
            {t('mailings.import.run')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
