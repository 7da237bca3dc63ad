// The absolute address of this Veza installation, for links handed out to calendar programs.
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Config } from '../../config/env.ts';

/**
 * Where users reach Veza. VEZA_PUBLIC_URL when set (recommended behind a reverse proxy); otherwise the address
 * this request was sent to, preferring X-Forwarded-Proto/-Host from a proxy. Either way it only shapes links given
 * back to the same caller.
 */
export function publicBaseUrl(config: Pick<Config, 'publicUrl'>, req: IncomingMessage): string {
  if (config.publicUrl) return config.publicUrl;
  const first = (value: string | string[] | undefined) =>
    String(value ?? '')
      .split(',')[0]!
      .trim();
  const forwardedProto = first(req.headers['x-forwarded-proto']).toLowerCase();
  const proto = ['http', 'https'].includes(forwardedProto)
    ? forwardedProto
    : (req.socket as TLSSocket).encrypted
      ? 'https'
      : 'http';
  const host = first(req.headers['x-forwarded-host']) || first(req.headers.host);
  return `${proto}://${/^[A-Za-z0-9.:[\]-]+$/.test(host) ? host : 'localhost'}`;
}
