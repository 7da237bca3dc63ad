// Process-level: SIGTERM during a burst of writes drains in-flight requests, refuses new ones cleanly, loses no
// acknowledged write and exits 0; after a database crash it does not hang.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './db/embedded.ts';
import {
  ADMIN,
  burst,
  loginCookie,
  startAppProcess,
  until,
  type AppProcess,
  type WriteOutcome,
} from './test/app-process.ts';
import { freePort } from './test/global-setup.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function started(dataDir?: string): Promise<AppProcess> {
  const app = await startAppProcess({ dataDir });
  cleanups.push(app.cleanup);
  return app;
}

describe('SIGTERM', () => {
  it('lets in-flight writes finish, refuses later ones with 503 or a closed port, loses none and exits 0', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'veza-sigterm-'));
    cleanups.push(() => fs.rm(dataDir, { recursive: true, force: true }));
    const app = await started(dataDir);
    const cookie = await loginCookie(app.url);
    const writes = burst(app.url, cookie, 'burst', 8, { stopOnRefusal: true });
    await until(() => writes.outcomes.length >= 30);

    const signalledAt = Date.now();
    app.kill('SIGTERM');
    const exit = await app.exited;
    const stoppedIn = Date.now() - signalledAt;
    await writes.done;

    expect(exit).toEqual({ code: 0, signal: null });
    expect(stoppedIn).toBeLessThan(10_000);
    // A connection reset while the listener closes hit a request the server never read (the database check below
    // shows none of them was written); anything else that is not a clean 503 or refused connection is a failure.
    const reset = (o: WriteOutcome) => o.kind === 'failed' && /^(ECONNRESET|UND_ERR_SOCKET)$/.test(o.detail);
    expect(writes.outcomes.filter((o) => o.kind === 'failed' && !reset(o))).toEqual([]);
    const refused = writes.outcomes.filter((o) => o.kind === 'refused');
    expect(refused.length + writes.outcomes.filter(reset).length).toBe(8);
    for (const r of refused) expect(['SHUTTING_DOWN', 'ECONNREFUSED']).toContain(r.code);
    expect(app.output.join('\n')).not.toMatch(/shutting down|terminating connection|Internal server error/i);

    // Every acknowledged write is in the database, and nothing else is.
    const saved = writes.outcomes.filter((o) => o.kind === 'saved').map((o) => o.key);
    const names = await query<{ name: string }>(dataDir, 'SELECT name FROM clients WHERE name LIKE $1', ['burst-%']);
    expect(names.map((r) => r.name).sort()).toEqual(saved.sort());
    // A production process hashes at Argon2id's full cost (19 MiB, 2 passes), never the test suite's cheap one.
    const [admin] = await query<{ hash: string }>(dataDir, 'SELECT password_hash AS hash FROM users WHERE email = $1', [
      ADMIN.email,
    ]);
    expect(admin!.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  }, 120_000);

  it('stops at once after the embedded database was killed (no wait for an exit that already happened)', async () => {
    const app = await started();
    const pid = await app.postmasterPid();
    process.kill(pid, 'SIGKILL');
    await until(() => !isAlive(pid), 10_000);
    const signalledAt = Date.now();
    app.kill('SIGTERM');
    expect(await app.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(5_000);
  }, 120_000);
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Names of the clients matching `like`, read from the stopped app's embedded database. */
async function query<T extends object>(dataDir: string, text: string, values: unknown[]): Promise<T[]> {
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    return (await client.query<T & pg.QueryResultRow>(text, values)).rows;
  } finally {
    await client.end();
    await server.stop();
  }
}
