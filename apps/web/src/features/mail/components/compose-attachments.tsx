// The compose dialog's files: chosen among the record's files (the client's, and the activity's when written from
// one), or uploaded here (through POST /api/files, attached to the client, then chosen); a template's own files are
// listed as always sent.
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, FileButton, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachFileMutation } from '../../../components/attachments/api/attach-file-mutation.ts';
import { uploadFile, UploadError } from '../../../components/attachments/upload-file.ts';
import { errorText, translateMessage } from '../../../lib/graphql-errors.ts';
import { TemplateFilesQuery } from '../api/template-files-query.ts';

function useUpload(clientId: string, onDone: (ids: string[]) => void) {
  const { t } = useTranslation();
  const [attach] = useMutation(AttachFileMutation);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const upload = async (files: File[]) => {
    setBusy(true);
    setError(null);
    const ids: string[] = [];
    const failures: string[] = [];
    for (const file of files) {
      try {
        const stored = await uploadFile(file);
        const res = await attach({ variables: { input: { fileId: stored.id, ownerId: clientId } } });
        if (res.data) ids.push(res.data.attachFile.id);
      } catch (e) {
        const reason = e instanceof UploadError ? translateMessage(t, e.message) : errorText(t, e);
        failures.push(`${file.name}: ${reason ?? ''}`);
      }
    }
    setBusy(false);
    setError(failures.length ? failures.join('\n') : null);
    if (ids.length) onDone(ids);
  };
  return { upload, busy, error };
}

export function ComposeAttachments(props: {
  clientId: string;
  files: { id: string; name: string }[];
  templateId: string | null;
  value: string[];
  onChange: (ids: string[]) => void;
  onUploaded?: () => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(TemplateFilesQuery, {
    variables: { templateId: props.templateId ?? '' },
    skip: !props.templateId,
  });
  const templateFiles = props.templateId ? (data?.attachments.edges.map((e) => e.node.name) ?? []) : [];
  const { upload, busy, error } = useUpload(props.clientId, (ids) => {
    props.onChange([...props.value, ...ids]);
    props.onUploaded?.();
  });
  return (
    <Stack gap={4}>
      <Group align="flex-end" wrap="wrap" gap="xs">
        <MultiSelect
          style={{ flex: '1 1 240px' }}
          label={t('mailEditor.compose.attachments')}
          data={props.files.map((f) => ({ value: f.id, label: f.name }))}
          value={props.value}
          onChange={props.onChange}
          searchable
          placeholder={props.files.length ? undefined : t('mailEditor.compose.noFiles')}
          error={props.error}
        />
        <FileButton onChange={(files) => void upload(files)} multiple>
          {(p) => (
            <Button {...p} variant="default" loading={busy}>
              {t('mailEditor.compose.upload')}
            </Button>
          )}
        </FileButton>
      </Group>
      {error && (
        <Text size="sm" c="red" style={{ whiteSpace: 'pre-line' }}>
          {error}
        </Text>
      )}
      {templateFiles.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('mailEditor.compose.templateFiles', { names: templateFiles.join(', ') })}
        </Text>
      )}
    </Stack>
  );
}
