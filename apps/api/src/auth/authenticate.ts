// Turns a request's credentials (session cookie or Bearer token) into a Viewer, or refuses them.
import type { IncomingMessage } from 'node:http';
import type { Db } from '../db/prisma.ts';
import type { Viewer } from '../graphql/context.ts';
import { AuthRepository } from '../modules/auth/auth.repository.ts';
import { hashApiTokenSecret } from './api-token-secret.ts';
import { SESSION_COOKIE, readCookie } from './cookies.ts';
import { verifySession } from './jwt.ts';
import type { ViewerCache } from './viewer-cache.ts';

export type Authentication =
  | { kind: 'anonymous' }
  | { kind: 'viewer'; viewer: Viewer }
  /** Credentials were presented but are wrong, expired, revoked or belong to a disabled user. */
  | { kind: 'invalid'; source: 'cookie' | 'bearer' };

/**
 * `cache` (optional) keeps viewers for a few seconds per credential and is dropped on every process at once when
 * anything authentication reads changes (auth/viewer-cache.ts); a refusal is never cached.
 */
export async function authenticate(
  db: Db,
  jwtSecret: string,
  req: IncomingMessage,
  cache?: ViewerCache,
): Promise<Authentication> {
  const repo = new AuthRepository(db);
  const now = new Date();
  const authorization = req.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) return { kind: 'invalid', source: 'bearer' };
    const hash = hashApiTokenSecret(match[1]!);
    const load = () => repo.loadTokenCredential(hash, now);
    const viewer = cache ? await cache.get(`t:${hash}`, load) : ((await load())?.viewer ?? null);
    // A token stops working as soon as its owner loses apiTokens.use (a profile change empties the cache).
    const allowed = viewer?.permissions.has('apiTokens.use');
    return viewer && allowed ? { kind: 'viewer', viewer } : { kind: 'invalid', source: 'bearer' };
  }
  const cookie = readCookie(req, SESSION_COOKIE);
  if (!cookie) return { kind: 'anonymous' };
  const claims = verifySession(jwtSecret, cookie);
  if (!claims) return { kind: 'invalid', source: 'cookie' };
  const load = () => repo.loadSessionCredential(claims.jti, claims.sub, now);
  const viewer = cache ? await cache.get(`s:${claims.jti}:${claims.sub}`, load) : ((await load())?.viewer ?? null);
  return viewer ? { kind: 'viewer', viewer } : { kind: 'invalid', source: 'cookie' };
}
