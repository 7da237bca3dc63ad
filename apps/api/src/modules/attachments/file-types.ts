// What a file is, from its bytes: file-type's signatures, then a sniff of text for markup and script. Decides the
// stored MIME type, whether a name's extension lies about dangerous content, and how a download is served.
import fs from 'node:fs';
import { fileTypeFromFile } from 'file-type';
import { PREVIEW_MIME_TYPES } from '@veza/shared';

/** Types a browser would render or run: always served as downloads, and refused under another type's extension. */
const ACTIVE_TYPES: Record<string, string[]> = {
  'text/html': ['html', 'htm', 'xhtml'],
  'image/svg+xml': ['svg', 'svgz'],
  'application/xml': ['xml', 'xsl', 'xslt', 'rss', 'atom', 'xhtml', 'svg', 'html', 'htm'],
  'text/javascript': ['js', 'mjs', 'cjs'],
};

const SNIFF_BYTES = 8192;

async function head(filePath: string): Promise<Buffer> {
  const handle = await fs.promises.open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A text file's likely kind: markup that a browser renders is told apart from plain text. */
export function sniffText(bytes: Buffer): string {
  if (bytes.includes(0)) return 'application/octet-stream';
  const text = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<svg[\s>]/.test(text) || /^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*(<!doctype svg|<svg)/.test(text))
    return 'image/svg+xml';
  if (/^(<!doctype html|<html|<head|<body|<iframe|<script|<meta|<!--)/.test(text)) return 'text/html';
  if (/<(script|iframe|object|embed)[\s>]|<html[\s>]|javascript:/.test(text)) return 'text/html';
  if (text.startsWith('<?xml')) return 'application/xml';
  return 'text/plain';
}

export async function detectMimeType(filePath: string): Promise<string> {
  const detected = await fileTypeFromFile(filePath);
  if (detected) return detected.mime === 'application/xml' ? sniffText(await head(filePath)) : detected.mime;
  return sniffText(await head(filePath));
}

export function isActiveType(mime: string): boolean {
  return mime in ACTIVE_TYPES;
}

/** True when the bytes are markup or script but the name claims something else (a renamed HTML file). */
export function nameHidesActiveType(mime: string, name: string): boolean {
  const allowed = ACTIVE_TYPES[mime];
  if (!allowed) return false;
  const ext = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  return !allowed.includes(ext);
}

export function isPreviewable(mime: string): boolean {
  return (PREVIEW_MIME_TYPES as readonly string[]).includes(mime);
}

/** The Content-Type a download is served with: active types never under their own type. */
export function servedContentType(mime: string): string {
  return isActiveType(mime) ? 'application/octet-stream' : mime;
}
