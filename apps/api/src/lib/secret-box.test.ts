// Stored secrets: AES-256-GCM with a purpose label, a key from the environment or a key file made once.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSecretBox, keyFileSecret, secretBoxFor } from './secret-box.ts';

const box = createSecretBox('x'.repeat(40));

describe('secret box', () => {
  it('opens what it sealed, and the ciphertext shows nothing of the secret', () => {
    const sealed = box.seal('mail.password', 'hunter2-hunter2');
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain('hunter2');
    expect(box.open('mail.password', sealed)).toBe('hunter2-hunter2');
  });

  it('seals the same text differently each time (random IV)', () => {
    expect(box.seal('p', 'same')).not.toBe(box.seal('p', 'same'));
  });

  it('refuses a ciphertext used for another purpose, changed by one bit, or made with another key', () => {
    const sealed = box.seal('mail.password', 'secret');
    expect(() => box.open('mail.dkim', sealed)).toThrow();
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => box.open('mail.password', `v1:${raw.toString('base64')}`)).toThrow();
    expect(() => createSecretBox('y'.repeat(40)).open('mail.password', sealed)).toThrow();
  });

  it('creates the key file once (owner-only) and reuses it, so a restart can still open old secrets', () => {
    const dir = path.join(os.tmpdir(), `veza-key-${crypto.randomBytes(4).toString('hex')}`);
    const first = keyFileSecret(dir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(keyFileSecret(dir)).toBe(first);
    const sealed = secretBoxFor({ secretKey: undefined, dataDir: dir }).seal('p', 'kept');
    expect(createSecretBox(first).open('p', sealed)).toBe('kept');
    fs.rmSync(dir, { recursive: true });
  });

  it('uses VEZA_SECRET_KEY when set, and no key file is written', () => {
    const dir = path.join(os.tmpdir(), `veza-key-${crypto.randomBytes(4).toString('hex')}`);
    const sealed = secretBoxFor({ secretKey: 'k'.repeat(48), dataDir: dir }).seal('p', 'env');
    expect(createSecretBox('k'.repeat(48)).open('p', sealed)).toBe('env');
    expect(fs.existsSync(dir)).toBe(false);
  });
});
