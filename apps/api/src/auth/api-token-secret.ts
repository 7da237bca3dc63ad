// API token secrets: random, prefixed so they are recognisable in logs and secret scanners; stored as SHA-256.
import crypto from 'node:crypto';

const PREFIX = 'veza_';

export function newApiTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = PREFIX + crypto.randomBytes(32).toString('base64url');
  return { secret, hash: hashApiTokenSecret(secret), prefix: secret.slice(0, PREFIX.length + 6) };
}

// A fast hash is right here: the secret has 256 bits of entropy, so it cannot be guessed from its hash.
export function hashApiTokenSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret).digest('hex');
}
