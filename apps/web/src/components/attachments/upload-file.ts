// Sends one file to POST /api/files (multipart). The preflight header is the CSRF rule /graphql also applies.
export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export type UploadedFile = { id: string; name: string; size: number; mimeType: string };

export async function uploadFile(file: File): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch('/api/files', {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'Apollo-Require-Preflight': 'true' },
    });
  } catch {
    throw new UploadError('errors.NETWORK', 0);
  }
  const json = (await res.json().catch(() => ({}))) as UploadedFile & { error?: { message?: string } };
  if (!res.ok) throw new UploadError(json.error?.message ?? 'errors.UNEXPECTED', res.status);
  return json;
}
