// Process-level: the database dies under a burst of writes (embedded: kill -9 of the postmaster; external: the server
// stops and comes back). Requests fail fast with DATABASE_UNAVAILABLE, /healthz says so, the app recovers unaided and
// every acknowledged write exists.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { burst, createClientOnce, loginCookie, startAppProcess, until } from '../test/app-process.ts';
import { freePort } from '../test/global-setup.ts';
import { startEmbeddedPostgres } from './embedded.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const health = async (url: string) => (await fetch(`${url}/healthz`)).status;

async function clientNames(url: string, like: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>('SELECT name FROM clients WHERE name LIKE $1', [like]);
    return rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL supervision', () => {
  it('restarts a killed postmaster; meanwhile writes are refused as DATABASE_UNAVAILABLE and /healthz is 503', async () => {
    const app = await startAppProcess();
    cleanups.push(app.cleanup);
    const cookie = await loginCookie(app.url);
    const writes = burst(app.url, cookie, 'crash', 6);
    await until(() => writes.outcomes.length >= 20);

    const killedPid = await app.postmasterPid();
    process.kill(killedPid, 'SIGKILL');
    const healthDuringOutage: number[] = [];
    await until(async () => {
      healthDuringOutage.push(await health(app.url));
      return healthDuringOutage.includes(503) && healthDuringOutage.at(-1) === 200;
    }, 60_000);
    // Recovered: new writes are saved again.
    const savedBefore = writes.outcomes.filter((o) => o.kind === 'saved').length;
    await until(() => writes.outcomes.filter((o) => o.kind === 'saved').length > savedBefore + 10, 30_000);
    writes.stop();
    await writes.done;

    expect(await app.postmasterPid()).not.toBe(killedPid);
    expect(writes.outcomes.filter((o) => o.kind === 'failed')).toEqual([]);
    const refused = writes.outcomes.filter((o) => o.kind === 'refused');
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(r).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    const log = app.output.join('\n');
    expect(log).toMatch(/exited unexpectedly \(SIGKILL\)/);
    expect(log).toMatch(/restarting the embedded PostgreSQL/);
    expect(log).toMatch(/available again/);

    // Every acknowledged write exists; a refused one may exist only if it committed just before the crash.
    const password = (await fs.readFile(path.join(app.dataDir, 'postgres-password'), 'utf8')).trim();
    const url = `postgresql://postgres:${password}@127.0.0.1:${app.dbPort}/veza`;
    const names = new Set(await clientNames(url, 'crash-%'));
    const saved = writes.outcomes.filter((o) => o.kind === 'saved').map((o) => o.key);
    expect(saved.filter((key) => !names.has(key))).toEqual([]);
    const known = new Set(writes.outcomes.map((o) => o.key));
    expect([...names].filter((name) => !known.has(name))).toEqual([]);

    // Retrying each refused write with its idempotency key saves it exactly once, whether or not it had committed.
    for (const r of refused) expect((await createClientOnce(app.url, cookie, r.key)).kind).toBe('saved');
    const after = await clientNames(url, 'crash-%');
    expect(after.length).toBe(known.size);
    expect(new Set(after)).toEqual(known);
  }, 180_000);
});

describe('external DATABASE_URL', () => {
  it('fails fast while the server is down and reconnects unaided when it is back', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'veza-external-'));
    cleanups.push(() => fs.rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    let database = await startEmbeddedPostgres({ dataDir, port });
    cleanups.push(() => database.stop());
    const app = await startAppProcess({ databaseUrl: database.url });
    cleanups.push(app.cleanup);
    const cookie = await loginCookie(app.url);
    expect((await createClientOnce(app.url, cookie, 'ext-before')).kind).toBe('saved');

    await database.stop();
    const began = Date.now();
    expect(await createClientOnce(app.url, cookie, 'ext-down')).toMatchObject({
      kind: 'refused',
      status: 503,
      code: 'DATABASE_UNAVAILABLE',
    });
    expect(Date.now() - began).toBeLessThan(5_000);
    expect(await health(app.url)).toBe(503);
    // The file routes answer the same way: a calendar program retries, a script sees the code.
    expect((await fetch(`${app.url}/ical/${'a'.repeat(43)}.ics`)).status).toBe(503);
    const exported = await fetch(`${app.url}/export/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ format: 'csv', columns: ['NAME'] }),
    });
    expect(exported.status).toBe(503);
    expect(await exported.json()).toMatchObject({ error: { code: 'DATABASE_UNAVAILABLE' } });

    database = await startEmbeddedPostgres({ dataDir, port });
    await until(async () => (await health(app.url)) === 200, 30_000);
    expect((await createClientOnce(app.url, cookie, 'ext-after')).kind).toBe('saved');
    expect((await clientNames(database.url, 'ext-%')).sort()).toEqual(['ext-after', 'ext-before']);
  }, 180_000);
});
