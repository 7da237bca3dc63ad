// Runs an export download and reports failures as a translated notification.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../../lib/notify.ts';
import { ExportError, exportClients, type ExportFormat, type ExportRequest } from '../api/export-clients.ts';

export function useExportClients() {
  const { t } = useTranslation();
  const [running, setRunning] = useState<ExportFormat | null>(null);
  const run = async (request: ExportRequest) => {
    setRunning(request.format);
    try {
      await exportClients(request);
    } catch (error) {
      const status = error instanceof ExportError ? error.status : 0;
      const key =
        status === 401
          ? 'errors.UNAUTHENTICATED'
          : status === 403
            ? 'errors.FORBIDDEN'
            : status === 400
              ? 'clients.exportInvalid'
              : status === 0
                ? 'errors.NETWORK'
                : 'clients.exportFailed';
      notifyError(t(key));
    } finally {
      setRunning(null);
    }
  };
  return { run, running };
}
