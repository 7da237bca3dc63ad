// A record's attachments as a keyset list, and the upload → attach workflow with its translated errors.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, translateMessage } from '../../lib/graphql-errors.ts';
import { useKeysetConnection } from '../../lib/use-keyset-connection.ts';
import { AttachFileMutation } from './api/attach-file-mutation.ts';
import { RecordAttachmentsQuery } from './api/record-attachments-query.ts';
import { uploadFile, UploadError } from './upload-file.ts';

export function useRecordAttachments(ownerId: string) {
  const { t } = useTranslation();
  const list = useKeysetConnection(RecordAttachmentsQuery, {
    variables: { ownerId, first: 50 },
    select: (d) => d.attachments,
  });
  const [attach] = useMutation(AttachFileMutation);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function upload(files: File[]) {
    setError(null);
    setUploading(true);
    const failures: string[] = [];
    try {
      for (const file of files) {
        try {
          const stored = await uploadFile(file);
          await attach({ variables: { input: { fileId: stored.id, ownerId } } });
        } catch (e) {
          const reason = e instanceof UploadError ? translateMessage(t, e.message) : errorText(t, e);
          failures.push(`${file.name}: ${reason ?? ''}`);
        }
      }
      await list.refetch();
    } finally {
      setUploading(false);
      setError(failures.length ? failures.join('\n') : null);
    }
  }
  return { ...list, upload, uploading, uploadError: error };
}
