// Downloads a file from an export endpoint: a list's current view as CSV or Excel (/export/clients,
// /export/opportunities) or a report as XLSX, CSV or PDF (/export/report); the file name comes from the server.

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportRequest {
  format: ExportFormat;
  filter: unknown;
  orderBy: readonly unknown[];
  columns: string[];
  locale: string;
  /** Column headers in the UI language, parallel to `columns`. */
  headers: string[];
}

export class ExportError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The file name from a Content-Disposition header (RFC 6266 `filename*` first). */
export function fileNameFrom(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain?.[1]?.trim() || null;
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

type ErrorBody = { message?: string; error?: string | { message?: string } };

/** The message of an export endpoint's error answer: `{ message }`, `{ error }` (lists) or `{ error: { message } }` (reports). */
export function errorMessage(body: ErrorBody | null): string | undefined {
  if (typeof body?.error === 'object') return body.error.message;
  return body?.message ?? body?.error;
}

/** POSTs the request to `url` (an /export/… path) and saves the answer. */
export async function downloadExport(url: string, request: { format: string }): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ErrorBody | null;
    throw new ExportError(response.status, errorMessage(body) ?? response.statusText);
  }
  const blob = await response.blob();
  saveBlob(blob, fileNameFrom(response.headers.get('content-disposition')) ?? `export.${request.format}`);
}
