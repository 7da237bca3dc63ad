// Runs an export download from `url` and reports failures as a translated notification.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../lib/notify.ts';
import { ExportError, downloadExport, type ExportFormat, type ExportRequest } from './download-export.ts';

export function useExport(url: string) {
  const { t } = useTranslation();
  const [running, setRunning] = useState<ExportFormat | null>(null);
  const run = async (request: ExportRequest) => {
    setRunning(request.format);
    try {
      await downloadExport(url, request);
    } catch (error) {
      const status = error instanceof ExportError ? error.status : 0;
      const key =
        status === 401
          ? 'errors.UNAUTHENTICATED'
          : status === 403
            ? 'errors.FORBIDDEN'
            : status === 400
              ? 'dataTable.exportInvalid'
              : status === 0
                ? 'errors.NETWORK'
                : 'dataTable.exportFailed';
      notifyError(t(key));
    } finally {
      setRunning(null);
    }
  };
  return { run, running };
}
