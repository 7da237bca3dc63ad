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

/** Node's Buffer when present (the API: tens of thousands of ids per second), else the browser's btoa/atob. */
type NodeBuffer = { from(v: string, enc: string): { toString(enc: string): string } };
const NodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;

function base64url(text: string): string {
  if (NodeBuffer) return NodeBuffer.from(text, 'utf8').toString('base64url');
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
