// Encrypts stored secrets (SMTP password, DKIM key) with AES-256-GCM; the key comes from VEZA_SECRET_KEY or a random
// key file created once in the data directory. Each value is bound to its purpose (AAD), so ciphertexts cannot swap.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const PREFIX = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type SecretBox = {
  seal(purpose: string, plain: string): string;
  open(purpose: string, sealed: string): string;
};

/** Reads `<dataDir>/secret.key`, creating it (0600, exclusive create so two starting processes agree) when missing. */
export function keyFileSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secret.key');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const text = fs.readFileSync(file, 'utf8').trim();
  if (text.length < 32) throw new Error(`${file} is damaged (shorter than 32 characters); restore it from a backup`);
  return text;
}

export function createSecretBox(secret: string): SecretBox {
  const key = Buffer.from(crypto.hkdfSync('sha256', secret, 'veza', 'veza stored secrets v1', 32));
  return {
    seal(purpose, plain) {
      const iv = crypto.randomBytes(IV_BYTES);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(purpose));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(purpose, sealed) {
      if (!sealed.startsWith(PREFIX)) throw new Error('Unknown secret format');
      const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64');
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(purpose));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}

const boxes = new Map<string, SecretBox>();

/** The box for this installation's configuration (cached per key source). */
export function secretBoxFor(config: { secretKey: string | undefined; dataDir: string }): SecretBox {
  const cacheKey = config.secretKey ? `env:${config.secretKey}` : `file:${config.dataDir}`;
  let box = boxes.get(cacheKey);
  if (!box) boxes.set(cacheKey, (box = createSecretBox(config.secretKey ?? keyFileSecret(config.dataDir))));
  return box;
}
