// Response headers that limit what a page may do: a strict Content-Security-Policy (no inline script anywhere; the
// offline GraphiQL page runs only its own inline script, allowed by hash), no sniffing, no framing.
import crypto from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Request, Response } from 'express';

const BASE_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Mantine and GraphiQL's editor set styles at run time; styles cannot run code.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

type Policy = Record<string, string[]>;
const serialize = (policy: Policy) =>
  Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');

export const CONTENT_SECURITY_POLICY = serialize(BASE_POLICY);

export function securityHeaders(_req: Request, res: Response, next: () => void) {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  next();
}

/** The self-contained GraphiQL page and the policy naming the hash of each inline script it carries. */
export function graphiqlPage(): { html: string; policy: string } {
  const html = renderGraphiQL({ endpoint: '/graphql', title: 'Veza GraphQL', credentials: 'same-origin' });
  const hashes = [...html.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .filter((body) => body.trim().length > 0)
    .map((body) => `'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const policy = serialize({
    ...BASE_POLICY,
    'script-src': ["'self'", ...hashes],
    // The editor starts its language workers from blob: URLs made by that same script.
    'worker-src': ["'self'", 'blob:'],
  });
  return { html, policy };
}
