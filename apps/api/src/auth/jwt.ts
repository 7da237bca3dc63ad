// Session JWTs (HS256): the secret comes from JWT_SECRET or is generated once into the data directory.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import jwt from 'jsonwebtoken';

export type SessionClaims = { sub: string; jti: string; exp: number; iat: number };

export function loadJwtSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, 'jwt-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(48).toString('base64url');
  // 'wx' fails if another process won the race; then read what it wrote.
  try {
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    return fs.readFileSync(file, 'utf8').trim();
  }
}

// A token made with the same secret for another purpose (or by another program sharing JWT_SECRET) is not a session.
const ISSUER = 'veza';
const AUDIENCE = 'veza-session';

export function signSession(secret: string, userId: string, sessionId: string, ttlSeconds: number): string {
  return jwt.sign({}, secret, {
    algorithm: 'HS256',
    subject: userId,
    jwtid: sessionId,
    expiresIn: ttlSeconds,
    issuer: ISSUER,
    audience: AUDIENCE,
  });
}

/** Returns the claims of a valid, unexpired token signed with our secret; null for anything else. */
export function verifySession(secret: string, token: string): SessionClaims | null {
  try {
    const claims = jwt.verify(token, secret, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
    if (typeof claims !== 'object' || typeof claims.sub !== 'string' || typeof claims.jti !== 'string') return null;
    return claims as SessionClaims;
  } catch {
    return null;
  }
}
