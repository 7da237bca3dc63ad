// Import (/imports): upload a file → preview and column mapping → dry run report → import with a progress bar.
// The job id stays in the URL (?job=…), so the user can leave and come back to it; the chosen file's mapping stays below
// the job, so a dry run is followed by the import itself.
import { useQuery } from '@apollo/client/react';
import { Button, Card, FileButton, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { uploadFile, UploadError } from '../../../components/attachments/upload-file.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { translateMessage } from '../../../lib/graphql-errors.ts';
import { ImportJobQuery } from '../api/import-job-query.ts';
import { ImportPreviewQuery } from '../api/import-preview-query.ts';
import { ImportJobPanel } from './import-job-panel.tsx';
import { ImportMapping, type ImportEntity } from './import-mapping.tsx';

export default function ImportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  const [file, setFile] = useState<{ id: string; name: string } | null>(null);
  const [entity, setEntity] = useState<ImportEntity>('CLIENT');
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  // A run being started: the job shown so far is the previous one (e.g. a finished dry run), not the run just asked for.
  const [starting, setStarting] = useState(false);
  // The panel polls the same job; its unmatched dictionary values feed the mapping once the run has finished.
  const job = useQuery(ImportJobQuery, { variables: { id: jobId ?? '' }, skip: !jobId }).data?.importJob;
  const unmatched = job && job.state === 'DONE' ? job.unmatchedValues : [];
  const preview = useQuery(ImportPreviewQuery, {
    variables: { fileId: file?.id ?? '', entity },
    skip: !file,
    fetchPolicy: 'network-only',
  });
  const choose = async (chosen: File | null) => {
    if (!chosen) return;
    setUploadError(null);
    setUploading(true);
    try {
      const stored = await uploadFile(chosen);
      setFile({ id: stored.id, name: stored.name });
      setParams({}, { replace: true });
    } catch (e) {
      setUploadError(e instanceof UploadError ? (translateMessage(t, e.message) ?? e.message) : String(e));
    } finally {
      setUploading(false);
    }
  };
  return (
    <>
      <PageHeader title={t('imports.title')} description={t('imports.intro')} />
      <Stack>
        <Card>
          <Group>
            <SegmentedControl
              aria-label={t('imports.entity')}
              value={entity}
              onChange={(v) => setEntity(v as ImportEntity)}
              data={(['CLIENT', 'PERSON'] as const).map((e) => ({ value: e, label: t(`imports.entities.${e}`) }))}
            />
            <FileButton
              onChange={(f) => void choose(f)}
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            >
              {(props) => (
                <Button {...props} loading={uploading}>
                  {t('imports.upload')}
                </Button>
              )}
            </FileButton>
            {file && <Text>{file.name}</Text>}
          </Group>
          <ErrorAlert message={uploadError} />
        </Card>
        {jobId && !starting && <ImportJobPanel jobId={jobId} />}
        {/* The mapping stays under a finished dry run: fix a column or run the import without uploading again. */}
        {file && (
          <Card>
            <ErrorAlert error={preview.error} />
            {preview.data && !preview.loading && (
              <ImportMapping
                key={entity}
                fileId={file.id}
                entity={entity}
                data={preview.data}
                unmatched={unmatched}
                onStarting={setStarting}
                onStarted={(id) => setParams({ job: id })}
              />
            )}
          </Card>
        )}
      </Stack>
    </>
  );
}
