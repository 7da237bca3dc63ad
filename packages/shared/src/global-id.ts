// Opaque global ids (`node(id)`): base64url of "Type:uuid".

export function toGlobalId(type: string, id: string): string {
  return base64url(`${type}:${id}`);
}

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  let decoded: string;
  try {
    decoded = fromBase64url(globalId);
  } catch {
    return null;
  }
  const sep = decoded.indexOf(':');
  if (sep <= 0 || sep === decoded.length - 1) return null;
  return { type: decoded.slice(0, sep), id: decoded.slice(sep + 1) };
}

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(value: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) throw new Error('not base64url');
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
