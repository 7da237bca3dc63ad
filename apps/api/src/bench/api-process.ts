// Runs the Veza API as a child process in production mode against the benchmark database, on its own core: the
// benchmark's own client work and SQL floor must not share the server's event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import net from 'node:net';
import { apiRoot } from '../config/paths.ts';

const START_TIMEOUT_MS = 90_000;

export type ApiProcess = { url: string; pid: number; stop(): Promise<void> };

/** A TCP port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startApi(options: { databaseUrl: string; dataDir: string; port?: number }): Promise<ApiProcess> {
  const port = options.port ?? (await freePort());
  // VEZA_BENCH_NODE_ARGS passes flags to the API's Node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
  const nodeArgs = (process.env.VEZA_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/main.ts'], {
    cwd: apiRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: options.databaseUrl,
      VEZA_DATA_DIR: options.dataDir,
      JWT_SECRET: crypto.randomBytes(32).toString('hex'),
      VEZA_DEMO: '',
      VEZA_ADMIN_EMAIL: '',
      VEZA_ADMIN_PASSWORD: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const remember = (chunk: Buffer) => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (output.length > 40) output.splice(0, output.length - 40);
  };
  child.stdout!.on('data', remember);
  child.stderr!.on('data', remember);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(child, url, output);
  } catch (error) {
    await stop(child);
    throw error;
  }
  return { url, pid: child.pid!, stop: () => stop(child) };
}

async function waitUntilReady(child: ChildProcess, url: string, output: string[]): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`The API exited with code ${exited} while starting:\n${output.join('\n')}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not become ready within ${START_TIMEOUT_MS / 1000} s:\n${output.join('\n')}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
