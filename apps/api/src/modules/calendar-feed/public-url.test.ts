// The public address in calendar links: the configured one, else the request's, honouring a proxy's headers.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/env.ts';
import { publicBaseUrl } from './public-url.ts';

const request = (headers: Record<string, string>, encrypted = false) =>
  ({ headers, socket: { encrypted } }) as unknown as IncomingMessage;

describe('publicBaseUrl', () => {
  it('uses VEZA_PUBLIC_URL without its trailing slash, whatever the request says', () => {
    const config = loadConfig({ VEZA_PUBLIC_URL: 'https://crm.example.com/' });
    expect(config.publicUrl).toBe('https://crm.example.com');
    expect(publicBaseUrl(config, request({ host: 'internal:4000', 'x-forwarded-host': 'evil.test' }))).toBe(
      'https://crm.example.com',
    );
  });

  it('refuses a VEZA_PUBLIC_URL that is not http(s)', () => {
    expect(() => loadConfig({ VEZA_PUBLIC_URL: 'ftp://crm.example.com' })).toThrow(/VEZA_PUBLIC_URL/);
  });

  it.each([
    [{ host: 'localhost:5173' }, false, 'http://localhost:5173'],
    [{ host: 'crm.local' }, true, 'https://crm.local'],
    [
      { host: '127.0.0.1:4000', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'crm.example.com' },
      false,
      'https://crm.example.com',
    ],
    [{ host: 'a', 'x-forwarded-proto': 'https, http', 'x-forwarded-host': 'b.example, c' }, false, 'https://b.example'],
    [{ host: 'crm.local', 'x-forwarded-proto': 'gopher' }, false, 'http://crm.local'],
    [{ host: 'bad host/<x>' }, false, 'http://localhost'],
  ])('derives it from %j (TLS: %s) as %s', (headers, tls, expected) => {
    expect(publicBaseUrl({ publicUrl: undefined }, request(headers, tls))).toBe(expected);
  });
});
