// /readyz says "not ready" (503) while a migration is pending, and "ready" once the database is fully migrated.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../app.ts';
import { loadConfig } from '../config/env.ts';
import { repoRoot } from '../config/paths.ts';
import { applyPendingMigrations } from '../db/migrations.ts';
import { createPrisma } from '../db/prisma.ts';
import { startServer, type RunningServer } from '../server.ts';
import { createEmptyTestDatabase } from '../test/db.ts';

let database: Awaited<ReturnType<typeof createEmptyTestDatabase>>;
let server: RunningServer;
let db: ReturnType<typeof createPrisma>;

beforeAll(async () => {
  database = await createEmptyTestDatabase();
  db = createPrisma(database.url);
  const config = loadConfig({
    NODE_ENV: 'test',
    VEZA_DATA_DIR: path.join(os.tmpdir(), `veza-ready-${crypto.randomBytes(4).toString('hex')}`),
  });
  server = await startServer(createServices(config, db, database.url), 0, '127.0.0.1');
});
afterAll(async () => {
  await server.close();
  await db.$disconnect();
  await database.drop();
});

describe('/readyz', () => {
  it('is 503 with the pending migrations listed, then 200 after migrating; /healthz is 200 throughout', async () => {
    const before = await fetch(`${server.url}/readyz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toMatchObject({
      status: 'not ready',
      database: true,
      migrations: false,
    });
    // Every migration in the folder is pending on an empty database, the first one being init.
    const { pending } = (await (await fetch(`${server.url}/readyz`)).json()) as { pending: string[] };
    const folder = fs.readdirSync(path.join(repoRoot, 'prisma/migrations'), { withFileTypes: true });
    expect(pending[0]).toMatch(/_init$/);
    expect(pending).toEqual(
      folder
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort(),
    );
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await applyPendingMigrations(database.url);
    const after = await fetch(`${server.url}/readyz`);
    expect(after.status).toBe(200);
  });
});
