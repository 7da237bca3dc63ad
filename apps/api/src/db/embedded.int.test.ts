// Integration tests for the embedded PostgreSQL: data survives a restart, and start-up problems are explained.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { apiRoot } from '../config/paths.ts';
import { freePort } from '../test/global-setup.ts';
import { startEmbeddedPostgres } from './embedded.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDataDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'veza-embedded-'));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  it('keeps the data of the veza database across a stop and a second start on the same directory', async () => {
    const dataDir = await tempDataDir();
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    cleanups.push(first.stop);
    expect(first.url).toMatch(/\/veza$/);
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir, port });
    cleanups.push(second.stop);
    expect(second.url).toBe(first.url);
    expect(await query(second.url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    const stat = await fs.stat(path.join(dataDir, 'postgres-password'));
    expect(stat.mode & 0o777).toBe(0o600);
  });

  it('takes over the data directory when the Veza process that started PostgreSQL was killed (kill -9)', async () => {
    const dataDir = await tempDataDir();
    const port = await freePort();
    const { pid, url } = await startInKilledProcess(dataDir, port);
    cleanups.push(async () => void (isRunning(pid) && process.kill(pid, 'SIGKILL')));
    await query(url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('from the killed run')");

    const server = await startEmbeddedPostgres({ dataDir, port });
    cleanups.push(server.stop);
    expect(await query(server.url, 'SELECT note FROM kept')).toEqual([{ note: 'from the killed run' }]);
  });

  it('refuses a port that another program listens on, naming the port and the way out', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => blocker.close(() => resolve())));
    const { port } = blocker.address() as net.AddressInfo;

    await expect(startEmbeddedPostgres({ dataDir: await tempDataDir(), port })).rejects.toThrow(
      new RegExp(`Port ${port} .*already in use.*VEZA_DB_PORT`),
    );
  });

  it('refuses a non-empty directory that is not a PostgreSQL cluster instead of overwriting it', async () => {
    const dataDir = await tempDataDir();
    await fs.mkdir(path.join(dataDir, 'postgres'));
    await fs.writeFile(path.join(dataDir, 'postgres', 'notes.txt'), 'somebody else’s file');

    await expect(startEmbeddedPostgres({ dataDir, port: await freePort() })).rejects.toThrow(
      /not empty but holds no PostgreSQL cluster/,
    );
  });
});

/** Starts PostgreSQL from a separate Node process, then SIGKILLs that process, leaving the server orphaned. */
async function startInKilledProcess(dataDir: string, port: number): Promise<{ pid: number; url: string }> {
  const script = path.join(dataDir, 'hold.mts');
  await fs.writeFile(
    script,
    `import { startEmbeddedPostgres } from ${JSON.stringify(path.join(apiRoot, 'src/db/embedded.ts'))};\n` +
      `const s = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port} });\n` +
      'console.log(`READY ${s.url}`);\nsetInterval(() => {}, 1000);\n',
  );
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: apiRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /READY (\S+)/.exec(chunk.toString());
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`helper process exited early (${code})`)));
  });
  const pidFile = await fs.readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  return { pid: Number(pidFile.split('\n')[0]), url };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
