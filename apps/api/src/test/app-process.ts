// Process-level test harness: the real entry point (src/main.ts) in a child process, in production mode, on its own
// data directory and ports, so tests can kill its database or send it signals as an operator would.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { apiRoot } from '../config/paths.ts';
import { freePort } from './global-setup.ts';

const START_TIMEOUT_MS = 120_000;
export const ADMIN = { email: 'ops-admin@test.local', password: 'operator pulls the plug' };

export type AppProcess = Awaited<ReturnType<typeof startAppProcess>>;

export async function startAppProcess(options: { dataDir?: string; databaseUrl?: string } = {}) {
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'veza-process-')));
  const [port, dbPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      VEZA_DATA_DIR: dataDir,
      VEZA_DB_PORT: String(dbPort),
      DATABASE_URL: options.databaseUrl ?? '',
      JWT_SECRET: crypto.randomBytes(32).toString('hex'),
      VEZA_ADMIN_EMAIL: ADMIN.email,
      VEZA_ADMIN_PASSWORD: ADMIN.password,
      VEZA_DEMO: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const remember = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout!.on('data', remember);
  child.stderr!.on('data', remember);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(child, url, output);

  /** The pid of the embedded PostgreSQL's postmaster (first line of postmaster.pid). */
  async function postmasterPid(): Promise<number> {
    const text = await fs.readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
    return Number(text.split('\n')[0]);
  }

  return {
    url,
    dataDir,
    dbPort,
    output,
    exited,
    child,
    postmasterPid,
    kill: (signal: NodeJS.Signals) => child.kill(signal),
    /** Stops the process if a test left it running, and removes its data directory unless the caller owns it. */
    cleanup: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
      const pid = await postmasterPid().catch(() => 0);
      if (pid > 0) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      if (!options.dataDir) await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitUntilReady(child: ChildProcess, url: string, output: string[]): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with ${child.exitCode}:\n${output.join('\n')}`);
    const res = await fetch(`${url}/readyz`).catch(() => null);
    if (res?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`The app did not become ready within ${START_TIMEOUT_MS / 1000} s:\n${output.join('\n')}`);
}

export type WriteOutcome =
  | { kind: 'saved'; key: string; id: string }
  | { kind: 'refused'; key: string; status: number; code: string }
  | { kind: 'failed'; key: string; status: number; detail: string };

/** One createClient (idempotency key derived from the name), classified as saved / cleanly refused / other. */
export async function createClientOnce(url: string, cookie: string, name: string): Promise<WriteOutcome> {
  const body = JSON.stringify({
    query: 'mutation($i: CreateClientInput!, $k: String) { createClient(input: $i, idempotencyKey: $k) { id name } }',
    variables: { i: { kind: 'LEGAL', name }, k: `key-of-${name}` },
  });
  let res: Response;
  try {
    res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body,
    });
  } catch (error) {
    // Connection refused: the listener is closed; nothing was sent, so nothing was written.
    const code = (error as { cause?: { code?: string } }).cause?.code ?? 'FETCH_FAILED';
    if (code === 'ECONNREFUSED') return { kind: 'refused', key: name, status: 0, code };
    return { kind: 'failed', key: name, status: 0, detail: code };
  }
  const text = await res.text();
  const json = JSON.parse(text) as {
    data?: { createClient?: { id: string } } | null;
    errors?: { extensions?: { code?: string } }[];
  };
  const id = json.data?.createClient?.id;
  if (res.status === 200 && id) return { kind: 'saved', key: name, id };
  const code = json.errors?.[0]?.extensions?.code ?? 'NONE';
  if (res.status === 503 && (code === 'SHUTTING_DOWN' || code === 'DATABASE_UNAVAILABLE'))
    return { kind: 'refused', key: name, status: res.status, code };
  return { kind: 'failed', key: name, status: res.status, detail: text.slice(0, 300) };
}

export async function loginCookie(url: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }',
      variables: { e: ADMIN.email, p: ADMIN.password },
    }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('veza_session='));
  if (!cookie) throw new Error(`login failed: ${await res.text()}`);
  return cookie.split(';')[0]!;
}

/**
 * `workers` loops of createClient named `<prefix>-<worker>-<n>` until `stop()`; with `stopOnRefusal` a worker also
 * ends at its first write that was not saved (the server is going away).
 */
export function burst(url: string, cookie: string, prefix: string, workers: number, opts = { stopOnRefusal: false }) {
  const outcomes: WriteOutcome[] = [];
  let stopped = false;
  const done = Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let n = 0; !stopped; n++) {
        const outcome = await createClientOnce(url, cookie, `${prefix}-${w}-${n}`);
        outcomes.push(outcome);
        if (outcome.kind !== 'saved' && opts.stopOnRefusal) return;
        if (outcome.kind !== 'saved') await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }),
  );
  return { outcomes, done, stop: () => void (stopped = true) };
}

export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
