// Downloads a report as XLSX, CSV or PDF from POST /export/report (same definition as runReport).
export type ReportExportFormat = 'xlsx' | 'csv' | 'pdf';

export interface ReportExportRequest {
  format: ReportExportFormat;
  definition: unknown;
  title: string;
  headers: string[];
  totalLabel: string;
}

function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportReport(request: ReportExportRequest): Promise<void> {
  const response = await fetch('/export/report', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? response.statusText);
  }
  const name = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  saveBlob(await response.blob(), name ?? `report.${request.format}`);
}
