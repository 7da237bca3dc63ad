// A user's file name made safe: for storing (no path, no control characters) and for the Content-Disposition header.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** The last path segment of an uploaded name, without control characters or leading dots; never empty. */
export function cleanUploadName(raw: string | undefined | null): string {
  const base = (raw ?? '').replace(CONTROL, '').split(/[/\\]/).pop() ?? '';
  const trimmed = base
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 200);
  return trimmed || 'file';
}

/** RFC 6266 / 5987: an ASCII fallback and the exact name as UTF-8 in `filename*`. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const clean = cleanUploadName(name);
  const ascii = clean
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
