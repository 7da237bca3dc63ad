// Test helpers for the job system: a table that records handler effects, and a real worker process to kill.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../db/prisma.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Effects keyed by a business key (the idempotent part) and every attempt (to prove a retry happened). */
export async function createEffectTables(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`CREATE TABLE test_job_effect (key text PRIMARY KEY, job_id uuid NOT NULL)`);
  await db.$executeRawUnsafe(
    `CREATE TABLE test_job_attempt (id serial PRIMARY KEY, job_id uuid NOT NULL, worker text NOT NULL, at timestamptz NOT NULL DEFAULT now())`,
  );
}

/** Starts `worker-process.fixture.ts` on the database and resolves once it printed that a job's effect is written. */
export function startDoomedWorker(
  databaseUrl: string,
  queue: string,
): { child: ChildProcess; effect: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'worker-process.fixture.ts')], {
    cwd: path.resolve(here, '../../..'),
    env: { ...process.env, FIXTURE_DATABASE_URL: databaseUrl, FIXTURE_QUEUE: queue },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const effect = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /effect:(\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`worker exited (${code}) before the effect: ${stderr}`)));
  });
  return { child, effect };
}

export async function waitFor<T>(read: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}
