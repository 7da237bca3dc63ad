import { parseOptions } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { hashOptions, hashPassword, verifyPassword } from './password.ts';

describe('password hashing cost', () => {
  it('is the library default (19 MiB, 2 passes) outside a vitest worker in test mode', () => {
    expect(hashOptions({ NODE_ENV: 'production', VITEST: 'true' })).toBeUndefined();
    expect(hashOptions({ NODE_ENV: 'development', VITEST: 'true' })).toBeUndefined();
    expect(hashOptions({ NODE_ENV: 'test' })).toBeUndefined();
    expect(hashOptions({})).toBeUndefined();
  });

  it('is cheap in this test worker, and such hashes still verify', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(parseOptions(stored)).toMatchObject({ memoryCost: 1024, timeCost: 1 });
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'wrong horse')).toBe(false);
    expect(await verifyPassword(null, 'anything')).toBe(false);
  });
});
