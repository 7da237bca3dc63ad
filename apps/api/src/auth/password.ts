// Password hashing with Argon2id (@node-rs/argon2 ships its binary inside the npm package).
import { hash, verify, type Options } from '@node-rs/argon2';

// The test suite creates and signs in hundreds of users: at the library's cost (19 MiB, 2 passes) that is ~40 ms of
// CPU each. Inside a vitest worker with NODE_ENV=test only, hashes are cheap; verify() reads the cost from the hash.
const TEST_HASH_OPTIONS: Options = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

/** The Argon2id cost for new hashes: the library's defaults unless this is a vitest worker in test mode. */
export function hashOptions(env: NodeJS.ProcessEnv = process.env): Options | undefined {
  return env.VITEST === 'true' && env.NODE_ENV === 'test' ? TEST_HASH_OPTIONS : undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, hashOptions());
}

// Verifying against a fixed hash when the user does not exist keeps "unknown user" as slow as "wrong password",
// so response time does not reveal which e-mails have accounts.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hash('veza-dummy-password-for-timing', hashOptions());
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
